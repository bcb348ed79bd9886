// Package snapcodec writes a Go value and everything it reaches to bytes and
// reads it back, field for field, exported or not. It exists for the corpus
// snapshot: the model and the search index keep most of their state in
// unexported fields, share pointers (a page is in a slice and a map, a tree
// node points to its parent) and slice one big string into many (sections
// of a page's Markdown), which gob, msgpack and CBOR do not round-trip.
//
// The format is tied to the exact types of the running binary (field order,
// sizes, byte order); it is a cache, never an exchange format. Readers must
// check that the bytes were written by the same build before decoding.
//
// What it keeps: every field, nil versus empty slices and maps, pointer
// identity (a pointer met twice decodes to one object; cycles work), a
// pointer into a slice of structs stays a pointer into that slice, and
// strings that share memory still share it after decoding, in one blob that
// decoded strings point into (no copies). What it refuses: non-nil
// interfaces, funcs, channels and unsafe pointers. Types that hide other
// layouts behind unsafe casts register a conversion (Register).
package snapcodec

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"unsafe"
)

// codec encodes and decodes one type at a pointer to a value of it.
type codec struct {
	enc func(e *encoder, p unsafe.Pointer)
	dec func(d *decoder, p unsafe.Pointer)
}

// plan is the compiled codecs for everything reachable from one root type.
type plan struct {
	codecs  map[reflect.Type]*codec
	pointed map[reflect.Type]bool // types some pointer in the graph points to
}

var (
	plansMu sync.Mutex
	plans   = map[reflect.Type]*plan{}
	customs = map[reflect.Type]func(pl *plan) *codec{}
	wires   = map[reflect.Type]reflect.Type{}
)

// Register makes T travel as W: to turns a T into its wire form, from back.
// For types whose memory layout lies (fzf's util.Chars keeps []rune behind a
// []byte header) or that must be rebuilt rather than copied. Call it from an
// init function, before the first Marshal or Unmarshal.
func Register[T, W any](to func(*T) W, from func(*W) T) {
	t, w := reflect.TypeFor[T](), reflect.TypeFor[W]()
	plansMu.Lock()
	defer plansMu.Unlock()
	wires[t] = w
	customs[t] = func(pl *plan) *codec {
		wc := pl.codecs[w]
		return &codec{
			enc: func(e *encoder, p unsafe.Pointer) {
				v := to((*T)(p))
				wc.enc(e, unsafe.Pointer(&v))
			},
			dec: func(d *decoder, p unsafe.Pointer) {
				var v W
				wc.dec(d, unsafe.Pointer(&v))
				*(*T)(p) = from(&v)
			},
		}
	}
	plans = map[reflect.Type]*plan{}
}

func planFor(t reflect.Type) *plan {
	plansMu.Lock()
	defer plansMu.Unlock()
	if pl := plans[t]; pl != nil {
		return pl
	}
	pl := &plan{codecs: map[reflect.Type]*codec{}, pointed: map[reflect.Type]bool{}}
	pl.findPointed(t, map[reflect.Type]bool{})
	pl.build(t)
	plans[t] = pl
	return pl
}

// findPointed walks the type graph and notes every pointer's element type:
// slice elements of those types are numbered so pointers into slices survive.
func (pl *plan) findPointed(t reflect.Type, seen map[reflect.Type]bool) {
	if seen[t] {
		return
	}
	seen[t] = true
	if w, ok := wires[t]; ok {
		pl.findPointed(w, seen)
		return
	}
	switch t.Kind() {
	case reflect.Pointer:
		pl.pointed[t.Elem()] = true
		pl.findPointed(t.Elem(), seen)
	case reflect.Slice, reflect.Array:
		pl.findPointed(t.Elem(), seen)
	case reflect.Map:
		pl.findPointed(t.Key(), seen)
		pl.findPointed(t.Elem(), seen)
	case reflect.Struct:
		for i := range t.NumField() {
			pl.findPointed(t.Field(i).Type, seen)
		}
	}
}

// plain types are copied as raw memory: no pointers, no strings.
func plain(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64, reflect.Complex64, reflect.Complex128:
		return true
	case reflect.Array:
		return plain(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if !plain(t.Field(i).Type) {
				return false
			}
		}
		return true
	}
	return false
}

// build compiles the codec of t and of every type it reaches.
func (pl *plan) build(t reflect.Type) *codec {
	if c := pl.codecs[t]; c != nil {
		return c
	}
	c := &codec{}
	pl.codecs[t] = c // before recursing: types may refer to themselves
	if mk, ok := customs[t]; ok {
		pl.build(wires[t])
		*c = *mk(pl)
		return c
	}
	size := t.Size()
	switch {
	case size == 0:
		c.enc = func(*encoder, unsafe.Pointer) {}
		c.dec = func(*decoder, unsafe.Pointer) {}
	case plain(t):
		c.enc = func(e *encoder, p unsafe.Pointer) { e.raw(p, size) }
		c.dec = func(d *decoder, p unsafe.Pointer) { d.raw(p, size) }
	default:
		switch t.Kind() {
		case reflect.String:
			c.enc = func(e *encoder, p unsafe.Pointer) { e.str(*(*string)(p)) }
			c.dec = func(d *decoder, p unsafe.Pointer) { *(*string)(p) = d.str() }
		case reflect.Slice:
			pl.buildSlice(c, t)
		case reflect.Array:
			ec, es, n := pl.build(t.Elem()), t.Elem().Size(), t.Len()
			c.enc = func(e *encoder, p unsafe.Pointer) {
				for i := range n {
					ec.enc(e, unsafe.Add(p, uintptr(i)*es))
				}
			}
			c.dec = func(d *decoder, p unsafe.Pointer) {
				for i := range n {
					ec.dec(d, unsafe.Add(p, uintptr(i)*es))
				}
			}
		case reflect.Struct:
			pl.buildStruct(c, t)
		case reflect.Pointer:
			pl.buildPointer(c, t)
		case reflect.Map:
			pl.buildMap(c, t)
		default: // interfaces, funcs, channels, unsafe pointers: only nil travels
			c.enc = func(e *encoder, p unsafe.Pointer) {
				if !reflect.NewAt(t, p).Elem().IsZero() {
					e.fail(fmt.Errorf("snapcodec: cannot encode a non-nil %s", t))
				}
			}
			c.dec = func(*decoder, unsafe.Pointer) {}
		}
	}
	return c
}

func (pl *plan) buildStruct(c *codec, t reflect.Type) {
	type field struct {
		off uintptr
		c   *codec
	}
	var fs []field
	for i := range t.NumField() {
		f := t.Field(i)
		if f.Type.Size() == 0 {
			continue
		}
		fs = append(fs, field{f.Offset, pl.build(f.Type)})
	}
	c.enc = func(e *encoder, p unsafe.Pointer) {
		for _, f := range fs {
			f.c.enc(e, unsafe.Add(p, f.off))
		}
	}
	c.dec = func(d *decoder, p unsafe.Pointer) {
		for _, f := range fs {
			f.c.dec(d, unsafe.Add(p, f.off))
		}
	}
}

// sliceHeader is the memory layout of every slice.
type sliceHeader struct {
	data     unsafe.Pointer
	len, cap int
}

func (pl *plan) buildSlice(c *codec, t reflect.Type) {
	et := t.Elem()
	es := et.Size()
	ec := pl.build(et)
	isPlain := plain(et) || es == 0
	align := uintptr(et.Align())
	numbered := et.Kind() == reflect.Struct && pl.pointed[et]
	c.enc = func(e *encoder, p unsafe.Pointer) {
		h := (*sliceHeader)(p)
		if h.data == nil {
			e.uvarint(0)
			return
		}
		e.uvarint(uint64(h.len) + 1)
		if isPlain {
			e.align(align)
			e.raw(h.data, uintptr(h.len)*es)
			return
		}
		for i := range h.len {
			q := unsafe.Add(h.data, uintptr(i)*es)
			if numbered {
				e.number(q, et)
			}
			ec.enc(e, q)
		}
	}
	c.dec = func(d *decoder, p unsafe.Pointer) {
		n := d.uvarint()
		if n == 0 {
			return
		}
		n--
		if isPlain {
			d.align(align)
			d.need(n * uint64(es))
			if n > 0 && es > 0 && uintptr(unsafe.Pointer(&d.data[d.pos]))%align == 0 {
				// No pointers inside: the slice can live in the data itself.
				*(*sliceHeader)(p) = sliceHeader{unsafe.Pointer(&d.data[d.pos]), int(n), int(n)}
				d.pos += int(n * uint64(es))
				return
			}
		} else {
			d.need(n) // every element takes at least a byte
		}
		s := reflect.MakeSlice(t, int(n), int(n))
		data := s.UnsafePointer()
		if isPlain {
			d.raw(data, uintptr(n)*es)
		} else {
			for i := range int(n) {
				q := unsafe.Add(data, uintptr(i)*es)
				if numbered {
					d.objs = append(d.objs, obj{q, et})
				}
				ec.dec(d, q)
			}
		}
		*(*sliceHeader)(p) = sliceHeader{data, int(n), int(n)}
	}
}

// Pointers: 0 is nil, 1 a new object encoded in place, k+2 the object numbered k.
func (pl *plan) buildPointer(c *codec, t reflect.Type) {
	et := t.Elem()
	ec := pl.build(et)
	c.enc = func(e *encoder, p unsafe.Pointer) {
		q := *(*unsafe.Pointer)(p)
		if q == nil {
			e.uvarint(0)
			return
		}
		if id, ok := e.ids[objKey{q, et}]; ok {
			e.uvarint(uint64(id) + 2)
			return
		}
		e.uvarint(1)
		e.number(q, et)
		ec.enc(e, q)
	}
	c.dec = func(d *decoder, p unsafe.Pointer) {
		switch k := d.uvarint(); k {
		case 0:
		case 1:
			q := reflect.New(et).UnsafePointer()
			d.objs = append(d.objs, obj{q, et})
			*(*unsafe.Pointer)(p) = q
			ec.dec(d, q)
		default:
			if k-2 >= uint64(len(d.objs)) || d.objs[k-2].t != et {
				d.fail(errors.New("snapcodec: pointer to an unknown object"))
			}
			*(*unsafe.Pointer)(p) = d.objs[k-2].p
		}
	}
}

func (pl *plan) buildMap(c *codec, t reflect.Type) {
	kt, vt := t.Key(), t.Elem()
	kc, vc := pl.build(kt), pl.build(vt)
	c.enc = func(e *encoder, p unsafe.Pointer) {
		m := reflect.NewAt(t, p).Elem()
		if m.IsNil() {
			e.uvarint(0)
			return
		}
		e.uvarint(uint64(m.Len()) + 1)
		k, v := reflect.New(kt).Elem(), reflect.New(vt).Elem()
		for it := m.MapRange(); it.Next(); {
			k.SetIterKey(it)
			v.SetIterValue(it)
			kc.enc(e, k.Addr().UnsafePointer())
			vc.enc(e, v.Addr().UnsafePointer())
		}
	}
	c.dec = func(d *decoder, p unsafe.Pointer) {
		n := d.uvarint()
		if n == 0 {
			return
		}
		n--
		d.need(n)
		m := reflect.MakeMapWithSize(t, int(n))
		k, v := reflect.New(kt).Elem(), reflect.New(vt).Elem()
		kz, vz := reflect.Zero(kt), reflect.Zero(vt)
		for range n {
			k.Set(kz)
			v.Set(vz)
			kc.dec(d, k.Addr().UnsafePointer())
			vc.dec(d, v.Addr().UnsafePointer())
			m.SetMapIndex(k, v)
		}
		reflect.NewAt(t, p).Elem().Set(m)
	}
}

// objKey names an object by address and type: a struct and its first field
// share an address.
type objKey struct {
	p unsafe.Pointer
	t reflect.Type
}

type strRef struct {
	p      unsafe.Pointer // data of the string
	n, pos uint32         // its length, and where its blob offset and length go in buf
}

// Strings shorter than smallString are shared by content as they come (the
// same word read from many files); longer ones wait for finish, which keeps
// a substring of a longer string (a section of a page) inside it.
const smallString = 64

type encoder struct {
	buf     []byte
	small   []byte            // the blob's head: short strings, by content
	smallAt map[string]uint32 // short string → offset in small
	strs    []strRef          // long strings, placed by finish after small
	ids     map[objKey]uint32
	err     error
}

func (e *encoder) fail(err error) {
	if e.err == nil {
		e.err = err
	}
}

func (e *encoder) uvarint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }

// align pads to a multiple of a (relative to the start of the data), so a
// decoder can point a slice of plain values into the data without copying.
func (e *encoder) align(a uintptr) {
	for uintptr(len(e.buf))%a != 0 {
		e.buf = append(e.buf, 0)
	}
}

func (e *encoder) raw(p unsafe.Pointer, n uintptr) {
	e.buf = append(e.buf, unsafe.Slice((*byte)(p), n)...)
}

// number gives the object at p the next id. An object numbered twice means a
// pointer into a slice was met before the slice: it would decode as a copy.
func (e *encoder) number(p unsafe.Pointer, t reflect.Type) {
	k := objKey{p, t}
	if _, dup := e.ids[k]; dup {
		e.fail(fmt.Errorf("snapcodec: a %s in a slice is pointed to before the slice is met; put the slice first", t))
		return
	}
	e.ids[k] = uint32(len(e.ids))
}

// str writes a string's place in the blob: at once for a short one, as a
// placeholder that finish fills for a long one.
func (e *encoder) str(s string) {
	if len(s) == 0 {
		e.buf = append(e.buf, 0, 0, 0, 0, 0, 0, 0, 0)
		return
	}
	if len(s) < smallString {
		off, ok := e.smallAt[s]
		if !ok {
			off = uint32(len(e.small))
			e.small = append(e.small, s...)
			e.smallAt[s] = off
		}
		e.buf = binary.LittleEndian.AppendUint32(e.buf, off)
		e.buf = binary.LittleEndian.AppendUint32(e.buf, uint32(len(s)))
		return
	}
	if uint64(len(s)) >= 1<<31 {
		e.fail(errors.New("snapcodec: a string longer than 2 GiB"))
	}
	e.strs = append(e.strs, strRef{unsafe.Pointer(unsafe.StringData(s)), uint32(len(s)), uint32(len(e.buf))})
	e.buf = append(e.buf, 0, 0, 0, 0, 0, 0, 0, 0)
}

// finish lays out the blob: the short strings, then every run of memory that
// overlapping long strings cover, copied once, so substrings and shared
// strings stay shared.
func (e *encoder) finish() (blob []byte, err error) {
	refs := e.strs // each knows its place in buf: the order may change
	slices.SortFunc(refs, func(a, b strRef) int { return cmp.Compare(uintptr(a.p), uintptr(b.p)) })
	type run struct{ i, j, start, end uintptr }
	var runs []run
	total := uintptr(len(e.small))
	for i := 0; i < len(refs); {
		start := uintptr(refs[i].p)
		end := start + uintptr(refs[i].n)
		j := i + 1
		// Only overlapping strings join a run: distinct allocations never
		// overlap, while merely adjacent ones may be distinct.
		for ; j < len(refs) && uintptr(refs[j].p) < end; j++ {
			end = max(end, uintptr(refs[j].p)+uintptr(refs[j].n))
		}
		runs = append(runs, run{uintptr(i), uintptr(j), start, end})
		total += end - start
		i = j
	}
	if total >= 1<<32 {
		return nil, errors.New("snapcodec: more than 4 GiB of text")
	}
	blob = make([]byte, 0, total)
	blob = append(blob, e.small...)
	byContent := map[string]uint32{}
	for _, r := range runs {
		text := unsafe.String((*byte)(refs[r.i].p), r.end-r.start)
		off, ok := byContent[text]
		if !ok {
			off = uint32(len(blob))
			blob = append(blob, text...)
			byContent[text] = off
		}
		for _, s := range refs[r.i:r.j] {
			binary.LittleEndian.PutUint32(e.buf[s.pos:], off+uint32(uintptr(s.p)-r.start))
			binary.LittleEndian.PutUint32(e.buf[s.pos+4:], s.n)
		}
	}
	return blob, nil
}

// Marshal encodes what v points to. blob holds the text of every string and
// data the rest; Unmarshal needs both.
func Marshal(v any) (blob, data []byte, err error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return nil, nil, errors.New("snapcodec: Marshal needs a non-nil pointer")
	}
	pl := planFor(rv.Type().Elem())
	e := &encoder{ids: map[objKey]uint32{}, smallAt: map[string]uint32{}}
	e.number(rv.UnsafePointer(), rv.Type().Elem()) // the root may be pointed back to
	pl.codecs[rv.Type().Elem()].enc(e, rv.UnsafePointer())
	if e.err != nil {
		return nil, nil, e.err
	}
	blob, err = e.finish()
	return blob, e.buf, err
}

type decoder struct {
	data []byte
	pos  int
	blob []byte
	objs []obj // numbered objects, in encoding order
}

// obj is a decoded object a later pointer may name; its type is checked so
// damaged bytes cannot make a pointer of one type point at another.
type obj struct {
	p unsafe.Pointer
	t reflect.Type
}

// errCorrupt is what a decoder panics with; Unmarshal turns it into an error.
type errCorrupt struct{ err error }

func (d *decoder) fail(err error) { panic(errCorrupt{err}) }

var errShort = errors.New("snapcodec: data ends early")

func (d *decoder) need(n uint64) {
	if n > uint64(len(d.data)-d.pos) {
		d.fail(errShort)
	}
}

func (d *decoder) uvarint() uint64 {
	v, n := binary.Uvarint(d.data[d.pos:])
	if n <= 0 {
		d.fail(errShort)
	}
	d.pos += n
	return v
}

func (d *decoder) align(a uintptr) {
	for uintptr(d.pos)%a != 0 {
		d.need(1)
		d.pos++
	}
}

func (d *decoder) raw(p unsafe.Pointer, n uintptr) {
	d.need(uint64(n))
	copy(unsafe.Slice((*byte)(p), n), d.data[d.pos:])
	d.pos += int(n)
}

func (d *decoder) str() string {
	d.need(8)
	off := uint64(binary.LittleEndian.Uint32(d.data[d.pos:]))
	n := uint64(binary.LittleEndian.Uint32(d.data[d.pos+4:]))
	d.pos += 8
	if n == 0 {
		return ""
	}
	if off+n > uint64(len(d.blob)) {
		d.fail(errors.New("snapcodec: string outside the blob"))
	}
	return unsafe.String(&d.blob[off], int(n))
}

// Unmarshal decodes into v, a pointer to the type Marshal was given. Decoded
// strings point into blob, and slices of plain values (numbers, bools) into
// data when it is aligned as Go allocates it: neither may be changed afterwards. Bytes that
// do not decode give an error, never a partial value the caller should use.
func Unmarshal(blob, data []byte, v any) (err error) {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("snapcodec: Unmarshal needs a non-nil pointer")
	}
	pl := planFor(rv.Type().Elem())
	d := &decoder{data: data, blob: blob, objs: []obj{{rv.UnsafePointer(), rv.Type().Elem()}}}
	defer func() {
		if r := recover(); r != nil {
			if c, ok := r.(errCorrupt); ok {
				err = c.err
				return
			}
			err = fmt.Errorf("snapcodec: %v", r)
		}
	}()
	pl.codecs[rv.Type().Elem()].dec(d, rv.UnsafePointer())
	if d.pos != len(d.data) {
		return errors.New("snapcodec: data left over")
	}
	return nil
}
