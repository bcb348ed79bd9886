package search

// A tiny corpus in the shape package docs hands over, written for these tests.
func fixtureDocs() []Doc {
	return []Doc{
		{
			Path: "sso", Title: "Single Sign-On", Description: "Let users log in with their company account.", Depth: 0,
			Sections: []Section{
				{Markdown: "Single sign-on lets people reach many apps with one login. See [the guide](https://example.test/guide)."},
				{Level: 2, Heading: "Testing your setup", Anchor: "testing", Markdown: "## Testing your setup\n\nUse the sample identity provider to try the flow without a real one."},
			},
		},
		{
			Path: "sso/test-sso", Title: "Test the login flow", Depth: 1,
			Sections: []Section{
				{Markdown: "A sample IdP ships with every staging workspace, so you can exercise SSO end to end."},
				{Level: 2, Heading: "Error responses", Anchor: "error-responses", Markdown: "## Error responses\n\nThe callback may carry `access_denied` when a person refuses consent."},
			},
		},
		{
			Path: "directory-sync", Title: "Directory Sync", Depth: 0,
			Sections: []Section{
				{Markdown: "Keep user lists current from an HR system or directory provider."},
				{Level: 2, Heading: "Events", Anchor: "events", Markdown: "## Events\n\nWhen a person leaves, `dsync.user.deleted` fires. Provisioning happens automatically."},
			},
		},
		{
			Path: "reference/sso/profile", Title: "Get a profile and token", Depth: 2,
			Sections: []Section{
				{Markdown: "Exchange an authorization code for the signed-in person's profile.\n\n```js\nconst { profile } = await workos.sso.getProfileAndToken({ code });\n```"},
			},
			Symbols:     []string{"sso.getProfileAndToken()", "sso.get_profile_and_token()", "POST /sso/token"},
			SymbolLangs: []string{"js", "python", "curl"},
		},
		{
			Path: "reference/directory-sync/users", Title: "List directory users", Depth: 2,
			Sections: []Section{
				{Markdown: "Returns the users of a directory, newest first."},
			},
			Symbols:     []string{"directorySync.listUsers()", "GET /directory_users"},
			SymbolLangs: []string{"js", "curl"},
		},
		{
			Path: "reference/directory-sync/users-py", Title: "List users (python)", Depth: 2,
			Sections: []Section{
				{Markdown: "Returns the users of a directory."},
			},
			Symbols:     []string{"directory_sync.list_users()"},
			SymbolLangs: []string{"python"},
		},
		{
			Path: "authkit/organizations", Title: "Organizations", Depth: 1,
			Sections: []Section{
				{Markdown: "An organization groups the people of one customer. The user management API creates them."},
				{Level: 2, Heading: "Roles", Anchor: "roles", Markdown: "## Roles\n\nMap identity provider groups to roles so access follows the directory."},
			},
		},
		{
			Path: "authkit", Title: "AuthKit", Depth: 0,
			Sections: []Section{{Markdown: "A hosted sign-in box for your app."}},
		},
	}
}
