"""What the demo says: people, places and the wording of notes, written for Tasking."""

from __future__ import annotations

# People of the partnership: the scripts the partnership supports (Urdu, Punjabi, Polish,
# Slovak) appear among them, so every screen and export shows them.
PEOPLE = {
    "Police": [
        ("Insp. Sarah Whitfield", "Neighbourhood Inspector"),
        ("PC Daniel Okafor", "Beat manager"),
        ("PCSO Łukasz Wróbel", "PCSO"),
        ("Sgt. Harjit Bains", "Neighbourhood Sergeant"),
        ("PCSO Emma Radford", "PCSO"),
    ],
    "DCC Community Safety": [
        ("Rachel Moss", "Community Safety Officer"),
        ("Imran Chaudhry (عمران چوہدری)", "ASB Caseworker"),
        ("Tom Elliott", "Community Safety Manager"),
    ],
    "DCC Public Protection": [("Kerry Lindley", "Environmental Health Officer")],
    "DCC Licensing": [("Paul Greaves", "Licensing Enforcement Officer")],
    "Streetpride": [
        ("Mark Stevenson", "Neighbourhood Environment Officer"),
        ("Zuzana Horváthová", "Street Scene Supervisor"),
    ],
    "Youth Service": [
        ("Jade Campbell", "Youth Worker"),
        ("Gurpreet Kaur (ਗੁਰਪ੍ਰੀਤ ਕੌਰ)", "Detached Youth Worker"),
    ],
    "OPCC": [("Helen Ashby", "Partnership Officer")],
    "Fire and Rescue": [("Station Manager Ľubomír Šťastný", "Community Safety Lead")],
    "ICB": [("Dr Priya Mistry", "Public Health Lead")],
    "Probation": [("Agnieszka Kowalczyk", "Probation Officer")],
    "Derby Homes": [
        ("Aisha Khan", "Tenancy Enforcement Officer"),
        ("Steve Barker", "Neighbourhood Housing Officer"),
    ],
    "Voluntary sector": [("Marcus Hall", "Project Coordinator, local youth charity")],
    "Community reps": [("Margaret Oduya", "Residents' association chair")],
}

CHAIR = "Rachel Moss"
MINUTE_TAKER = "Tom Elliott"

# Places a tasking group might adopt, by ward: (name, location, problem codes, nomination).
PLACES: dict[str, list[tuple[str, str, tuple[str, ...], str]]] = {
    "Arboretum": [
        (
            "Derby Arboretum",
            "Park paths and the bandstand area off Arboretum Square",
            ("drug_litter", "youth_asb"),
            "Needles and foil found by park staff most weeks.",
        ),
        (
            "Normanton Road shops",
            "Parade of shops between the ring road and Dairy House Road",
            ("street_drinking", "begging"),
            "Traders report drinking groups outside from midday.",
        ),
        (
            "Osmaston Road underpass",
            "Pedestrian underpass under the inner ring road",
            ("graffiti", "youth_asb"),
            "Residents avoid the underpass after dark.",
        ),
    ],
    "Normanton": [
        (
            "Pear Tree Road",
            "Shops and side streets around the Pear Tree Road junction",
            ("nuisance_vehicles", "drug_dealing"),
            "Cars gathering at night; suspected dealing.",
        ),
        (
            "Normanton Park",
            "Play area and car park",
            ("youth_asb", "deliberate_fires"),
            "Bins set alight three times in a month.",
        ),
    ],
    "Abbey": [
        (
            "Abbey Street flats",
            "Communal areas of the low-rise flats",
            ("drug_dealing", "noise"),
            "Tenants report visitors at all hours and stairwell use.",
        ),
        (
            "Stockbrook Street alleys",
            "Back alleys behind the terraced streets",
            ("fly_tipping",),
            "Repeated fly-tipping of bulky waste.",
        ),
    ],
    "Sinfin & Osmaston": [
        (
            "Sinfin District Centre",
            "Shopping centre forecourt and bus stops",
            ("youth_asb", "shoplifting"),
            "Groups of young people intimidating shoppers.",
        ),
        (
            "Osmaston recreation ground",
            "Open space and pavilion",
            ("nuisance_vehicles",),
            "Off-road bikes ridden across the pitches.",
        ),
    ],
    "Alvaston North": [
        (
            "Alvaston Park lake",
            "Lakeside paths and the car park",
            ("youth_asb", "vehicle_crime"),
            "Thefts from cars parked by the lake.",
        ),
        (
            "London Road parade",
            "Takeaways and off-licence on London Road",
            ("street_drinking", "noise"),
            "Late-night disorder outside the takeaways.",
        ),
    ],
}

GENERIC_PLACES = [
    (
        "{ward} shopping parade",
        "Row of shops and the service road behind them",
        ("youth_asb", "shoplifting"),
        "Shopkeepers report groups gathering after school.",
    ),
    (
        "{ward} recreation ground",
        "Playing fields, pavilion and play area",
        ("deliberate_fires", "nuisance_vehicles"),
        "Small fires and off-road bikes reported.",
    ),
    (
        "{ward} brook path",
        "Footpath along the brook between two estates",
        ("drug_litter", "fly_tipping"),
        "Dumped waste and drug litter on the path.",
    ),
    (
        "{ward} community centre car park",
        "Car park shared by the centre and the surgery",
        ("vehicle_crime", "youth_asb"),
        "Vehicle break-ins during evening sessions.",
    ),
]

ACTION_WORDING = {
    "cctv_redeployable": "Deploy a redeployable CCTV camera covering {place}",
    "cctv_fixed": "Review fixed CCTV coverage and footage requests for {place}",
    "pspo_patrol": "PSPO enforcement patrols at {place}, Friday and Saturday evenings",
    "high_visibility_patrol": "High-visibility patrols at {place} at the times reported",
    "plain_clothes_patrol": "Plain-clothes operation at {place} targeting suspected dealing",
    "diversionary_activity": "Run a detached youth work session near {place} once a week",
    "target_hardening": "Survey {place} for lighting, locks and gates; cost the works",
    "clean_up": "Clear waste and graffiti at {place} and report fixed-penalty evidence",
    "engagement": "Leaflet drop and street surgery for residents around {place}",
    "licensing": "Licensing visit to premises near {place}; test purchase if needed",
    "tenancy_action": "Tenancy warnings for households linked to reports at {place}",
    "warning_letter_abc": "Warning letters and Acceptable Behaviour Contracts for named youths",
    "referral": "Refer the people street drinking at {place} to the outreach service",
    "asb_power": "Issue Community Protection Warnings to those identified at {place}",
    "partnership_operation": "Partnership action day at {place} with residents",
}

OWNER_BY_TYPE = {
    "cctv_redeployable": "DCC Community Safety",
    "cctv_fixed": "DCC Community Safety",
    "pspo_patrol": "Police",
    "high_visibility_patrol": "Police",
    "plain_clothes_patrol": "Police",
    "diversionary_activity": "Youth Service",
    "target_hardening": "Derby Homes",
    "clean_up": "Streetpride",
    "engagement": "Police",
    "licensing": "DCC Licensing",
    "tenancy_action": "Derby Homes",
    "warning_letter_abc": "DCC Community Safety",
    "referral": "Voluntary sector",
    "asb_power": "DCC Community Safety",
    "partnership_operation": "Fire and Rescue",
}

PROGRESS_NOTES = [
    "Started; first visit made and residents spoken to.",
    "Two patrols completed; no groups seen on either occasion.",
    "Awaiting quote from the contractor; chasing this week.",
    "Camera request approved; installation booked.",
    "Letters sent to four addresses; one reply received.",
    "Session held with 12 young people attending.",
    "Partner officer on leave; will report at the next meeting.",
    "Reports down since the last meeting but not yet gone.",
]
COMPLETION_NOTES = [
    "Completed: reports have fallen and residents are positive.",
    "Done: works finished and signed off.",
    "Completed: footage reviewed, two people identified and warned.",
    "Completed: waste cleared; site to be monitored by Streetpride.",
]
CANCEL_NOTES = [
    "Cancelled: superseded by the partnership action day.",
    "Cancelled: no longer needed after the landlord acted.",
]
HOTSPOT_NOTES = [
    "Reports steady this month; partners agree the plan is working slowly.",
    "Calls to the police up after the school holidays began.",
    "Residents at the street surgery said things feel calmer.",
    "New graffiti tags; Streetpride to photograph before removal.",
    "Police data shows a fall in ASB calls over the last two months.",
]
CLOSE_REASONS = [
    "Sustained fall in reports over three months; residents satisfied.",
    "Works completed and no further reports since.",
]
MONITOR_REASONS = ["Improved; keep an eye on it through the summer."]
ESCALATE_REASONS = ["Links to exploitation: refer to the county lines panel."]
VENUES = ["{ward} Community Centre", "Council House, Corporation Street", "{ward} Library"]
AOB = [
    "",
    "",
    "Reminder: the CSP board meets next month.",
    "Summer diversionary programme dates to be circulated.",
]
