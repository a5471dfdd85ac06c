"""The dispute (矛盾纠纷) kanban pane: the board, its cards, the case detail and dialogs."""
