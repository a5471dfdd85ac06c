"""What every item model shares: the roles (``roles``) and the column-spec table base
(``row_table_model``)."""
