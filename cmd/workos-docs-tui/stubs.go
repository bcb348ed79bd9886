package main

import "errors"

// Placeholders until the issues that build them land; each helper replaces its own.
var errNotBuilt = usageError{errors.New("not built yet")}

