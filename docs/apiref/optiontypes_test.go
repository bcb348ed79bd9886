package apiref

import (
	"slices"
	"testing"
)

// Only parameter types named for their method become search names: the
// options struct of UpdateUser, not a shared object type or a scalar.
func TestOptionTypes(t *testing.T) {
	e := Entry{Key: "UpdateUser", Parameters: []Item{
		{Name: "ctx"},
		{Name: "opts", Type: "usermanagement.UpdateUserOpts"},
		{Name: "user", Type: "User"},
		{Name: "id", Type: "string"},
		{Name: "again", Type: "UpdateUser"},
		{Name: "wrapped", Type: "Promise<UpdateUserOptions>"},
		{Name: "byKey", Type: "map[string]usermanagement.UpdateUserOpts"},
	}}
	if got, want := e.OptionTypes(), []string{"UpdateUserOpts", "usermanagement.UpdateUserOpts"}; !slices.Equal(got, want) {
		t.Errorf("go: %q, want %q", got, want)
	}
	snake := Entry{Key: "list_groups", Parameters: []Item{{Name: "options", Type: "ListGroupsOptions[]"}}}
	if got := snake.OptionTypes(); !slices.Equal(got, []string{"ListGroupsOptions"}) {
		t.Errorf("snake-case key: %q", got)
	}
	if got := (Entry{Key: "get", Parameters: []Item{{Type: "GetOpts"}}}).OptionTypes(); got != nil {
		t.Errorf("short key: %q", got)
	}
}
