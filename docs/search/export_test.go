package search

// BuildWorkers builds with n analysis workers.
var BuildWorkers = buildWith
