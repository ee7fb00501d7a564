"""The demo content for the département served, written once (see README.md): `load_demo`."""
