package tui

const historyMax = 200

// history is the back/forward stack of visited locations.
type history struct {
	back, fwd []location
}

// visit records the location being left; a new visit clears forward.
func (h *history) visit(from location) {
	h.back = append(h.back, from)
	if len(h.back) > historyMax {
		h.back = h.back[len(h.back)-historyMax:]
	}
	h.fwd = h.fwd[:0]
}

// goBack returns the previous location and records cur for forward.
func (h *history) goBack(cur location) (location, bool) {
	if len(h.back) == 0 {
		return location{}, false
	}
	to := h.back[len(h.back)-1]
	h.back = h.back[:len(h.back)-1]
	h.fwd = append(h.fwd, cur)
	return to, true
}

// goForward is goBack's mirror.
func (h *history) goForward(cur location) (location, bool) {
	if len(h.fwd) == 0 {
		return location{}, false
	}
	to := h.fwd[len(h.fwd)-1]
	h.fwd = h.fwd[:len(h.fwd)-1]
	h.back = append(h.back, cur)
	return to, true
}
