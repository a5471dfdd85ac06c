"""Form widgets the panes share: the pinyin-searchable combo, error marks, the write runner."""
