"""Everything Qt: the window, pages, dialogs, undo commands."""
