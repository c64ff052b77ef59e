"""Defaults of configurable values that lower layers use when no configuration is given.

Plain constants, no pydantic: `pipelines.urls` imports them.
"""

DEFAULT_TRACKING_PARAMS: tuple[str, ...] = (
    "utm_*",
    "fbclid",
    "gclid",
    "dclid",
    "msclkid",
    "mc_cid",
    "mc_eid",
    "ocid",
    "cmpid",
    "ref",
    "ref_src",
    "igshid",
    "_ga",
    "yclid",
    "smid",
    "at_medium",
    "at_campaign",
)
