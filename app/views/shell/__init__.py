"""The main window shell: sign-in, navigation, menus, status bar, demo banner, idle lock."""
