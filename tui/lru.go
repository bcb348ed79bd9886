package tui

import "container/list"

// lru is a byte-bounded least-recently-used cache of rendered pages. It is only
// touched from Update, so it needs no lock.
type lru struct {
	max, size int
	order     *list.List // front = most recent; values are *rendered
	byKey     map[renderKey]*list.Element
}

func newLRU(maxBytes int) *lru {
	return &lru{max: maxBytes, order: list.New(), byKey: map[renderKey]*list.Element{}}
}

func (c *lru) get(k renderKey) (*rendered, bool) {
	e, ok := c.byKey[k]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*rendered), true
}

func (c *lru) put(r *rendered) {
	if e, ok := c.byKey[r.key]; ok {
		c.size -= e.Value.(*rendered).size
		e.Value = r
		c.order.MoveToFront(e)
	} else {
		c.byKey[r.key] = c.order.PushFront(r)
	}
	c.size += r.size
	// Keep at least the newest entry, however large.
	for c.size > c.max && c.order.Len() > 1 {
		last := c.order.Back()
		old := last.Value.(*rendered)
		c.order.Remove(last)
		delete(c.byKey, old.key)
		c.size -= old.size
	}
}
