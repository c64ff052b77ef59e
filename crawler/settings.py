"""Scrapy settings for newsmon. Politeness values come from the outlets file's [crawl] table
(see `newsmon.runner.crawl_settings`); these are the defaults for `scrapy crawl outlet`."""

BOT_NAME = "newsmon"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

USER_AGENT = "newsmon/0.1 (+https://github.com/newsmon/newsmon)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 32
# Scrapy starts this many asyncio tasks for every response's callback output. An article
# yields one item and a listing only requests (scheduled at once), so more only costs
# main-process CPU (~0.5 ms per page for the default 100).
CONCURRENT_ITEMS = 1
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 5_000_000
DOWNLOAD_WARNSIZE = 2_000_000

RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
RETRY_BACKOFF_BASE = 1.0
RETRY_BACKOFF_MAX = 60.0

DOWNLOADER_MIDDLEWARES = {
    # first of all, so no request, redirect hop or robots.txt leaves the outlet's scope
    "crawler.boundary.NetworkBoundaryMiddleware": 40,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.CheapMetaRefreshMiddleware": 580,
}
# http and https only: Scrapy's file, data, s3 and ftp handlers are off
DOWNLOAD_HANDLERS = {"file": None, "data": None, "s3": None, "ftp": None}
# the boundary checks the address Scrapy's caching resolver gives; the connection reuses it
DNSCACHE_ENABLED = True
ITEM_PIPELINES = {
    "pipelines.stages.CleaningPipeline": 300,
    "pipelines.stages.CasualtyPipeline": 500,
    "pipelines.stages.StoragePipeline": 900,
}
EXTENSIONS = {
    "crawler.extensions.RunRecorder": 500,
    "crawler.extensions.Progress": 510,
    "crawler.extensions.ScrapyLogLevel": 520,
}

# newsmon's own settings
NEWSMON_DB = None            # SQLAlchemy URL; None means $NEWSMON_DB or ./newsmon.db
NEWSMON_OUTLETS_FILE = None  # None means seeds/outlets.toml
NEWSMON_RUN_ID = None        # set by `newsmon crawl`; a manual run records its own
NEWSMON_CLEAN_WORKERS = 2
NEWSMON_MENTIONS_IN_CLEANING = True  # extract mentions in the cleaning task (one worker trip)
NEWSMON_MIN_TEXT_CHARS = 300

TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
TELNETCONSOLE_ENABLED = False
# Scrapy 2.19's remote control runs Python code sent to a local HTTP port (token in a job
# file in the user's profile): nothing a scheduled crawler should expose.
REMOTE_CONTROL_ENABLED = False
NEWSMON_TOPICS: list = []  # [[name, [keywords]]]; empty means: read the outlets file
NEWSMON_PROGRESS_INTERVAL = 0.0  # seconds between progress lines on stderr; 0 = off
NEWSMON_RECHECK_DAYS = 2.0          # stored stories younger than this get a conditional re-check
NEWSMON_TRACKING_PARAMS: list = []  # empty means pipelines.urls.DEFAULT_TRACKING_PARAMS
NEWSMON_DUPLICATE_THRESHOLD = 0.5   # estimated similarity of a syndicated copy (pipelines.dedup)
NEWSMON_CLAIM_WINDOW_DAYS = 30
SPIDER_MIDDLEWARES = {
    "crawler.middlewares.IncrementalMiddleware": 600,
}
