"""The psychological-service registry (社会心理服务台账), guarded.

Every entry point checks the actor's rights (``access.rights``) and scopes to the
actor's street; identifiable reads are logged in ``psych_access``.
"""
