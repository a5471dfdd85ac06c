"""From a dispute to care: a party showing distress is referred into the registry.

Only the minimum crosses over: the name, a phone number and what was seen. The person
is taken in as a key-group ledger of the case's street, linked to the case; the clerk
who referred gets back the ledger number and nothing of the registry.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy.orm import Session

from app.models import Dispute, PsychCaseLink, PsychPerson, reference_id
from app.services import validators
from app.services.china_time import today_in_china
from app.services.errors import N_, NotFound
from app.services.permissions import Actor, Permission, require
from app.services.psych.access import log_access
from app.services.psych.care import ledger_number
from app.services.psych.rules import follow_up_cadence
from app.services.rosters.validation import normalise_phone
from app.services.street_scope import refuse_other_street

#: recorded on the new ledger in place of an identity number
NO_ID_REASON = "转自矛盾纠纷案件，未采集身份证号"


def refer_dispute_party(
    session: Session,
    actor: Actor,
    dispute_id: uuid.UUID,
    name: str,
    phone: str,
    signs: str,
) -> str:
    """Open a ledger for a party of the case; returns its ledger number."""
    require(actor, Permission.DISPUTE_EDIT)
    dispute = session.get(Dispute, dispute_id)
    if dispute is None or dispute.deleted_at is not None:
        raise NotFound(N_("No such case."))
    refuse_other_street(actor, dispute.street_id)
    clean_name = validators.person_name("name", name, 40)
    clean_phone = normalise_phone(phone) if phone.strip() else ""
    text = validators.text(
        "signs",
        signs,
        1000,
        required=True,
        multiline=True,
        empty_message=N_("Describe the signs of distress you saw."),
    )
    today = today_in_china()
    person = PsychPerson(
        street_id=dispute.street_id,
        group_id=reference_id("psych_group", "key"),
        name=clean_name,
        phone=clean_phone,
        no_id_reason=NO_ID_REASON,
        matter=text,
        ledger_opened_on=today,
        ledger_number=ledger_number(session, today.year),
        next_follow_up_on=today + timedelta(days=min(3, follow_up_cadence(session)["key"])),
    )
    session.add(person)
    session.flush()
    session.add(PsychCaseLink(person_id=person.id, dispute_id=dispute.id, note=dispute.number))
    fields = "name,phone,signs" if clean_phone else "name,signs"
    log_access(
        session,
        actor,
        "disclose",
        person.id,
        text,
        "vital_interest",
        recipient="心理服务台账",
        fields=fields,
    )
    return person.ledger_number
