"""One chair, in a process of its own: raises actions in one area, from a given moment.

Run by the tests as ``python chair_process.py URL AREA COUNT START_AT``; prints one JSON line
with the references it was given and the messages of any raise that was refused.
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date

from tasking.services import Services, TaskingError

MAX_WAIT_S = 20


def main(url: str, area_name: str, count: int, start_at: float) -> None:
    services = Services.open(url)
    try:
        area = services.partnership.area_named(area_name)
        kind = services.partnership.terms("action_type")[0].id
        agency = services.partnership.agencies()[0].id
        time.sleep(min(max(0.0, start_at - time.time()), MAX_WAIT_S))
        references, refused = [], []
        for n in range(count):
            try:
                row = services.actions.raise_action(
                    description=f"Raised at once {n}",
                    action_type_id=kind,
                    owner_agency_id=agency,
                    area_id=area.id,
                    raised_on=date(2025, 6, 1),
                )
                references.append(row.reference)
            except TaskingError as error:
                refused.append(str(error))
        print(json.dumps({"references": references, "refused": refused}), flush=True)
    finally:
        services.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4]))
