"""Managing accounts: create, edit, disable and enable, reset a password, unlock, and
every user's change of their own password.

Administrators (``user.manage``) manage the accounts of their street (every account when
their own has no street). A supervisor (``audit.view``) reads their street's accounts and
changes none. A disabled account keeps its row, so what its user did stays attributed
to them; it can no longer sign in. The last active administrator can be neither disabled
nor given another role, so the desk always has someone who can manage it.
"""

from __future__ import annotations

from app.services.accounts.management import (
    AccountForm,
    ResetOutcome,
    change_own_password,
    create_account,
    disable_account,
    enable_account,
    record_wrong_password,
    reset_password,
    start_desk,
    unlock_account,
    update_account,
)
from app.services.accounts.reading import (
    AccountRow,
    StreetChoice,
    account_by_name,
    can_manage,
    list_accounts,
    street_by_code,
    street_choices,
)

__all__ = [
    "AccountForm",
    "AccountRow",
    "ResetOutcome",
    "StreetChoice",
    "account_by_name",
    "can_manage",
    "change_own_password",
    "create_account",
    "disable_account",
    "enable_account",
    "list_accounts",
    "record_wrong_password",
    "reset_password",
    "start_desk",
    "street_by_code",
    "street_choices",
    "unlock_account",
    "update_account",
]
