"""jobassist application: settings, providers, question answering, CLI and web UI."""
