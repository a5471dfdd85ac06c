"""The local database is one SQLCipher 4 file, keyed with a random 256-bit raw key.

The key lives in the OS keyring under an entry named for the file's own id (the random
salt in its first 16 bytes, readable without the key), or in a key file the user names.
A recovery key (the same key written as digit groups with check digits) opens the file
when the keyring entry is lost. docs/encryption.md says why and how.
"""
