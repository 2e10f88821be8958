// The plain-text renderer lives here.
