"""The admin dashboard: `/admin`, server-rendered HTML behind the admin token.

`add_admin_routes(app, ctx, sessions, admin_token, viewers)` registers the pages.

The package, one concept a module:
- `views`: what the dashboard reads from the node, as small protocols, so it depends
  on no runtime class;
- `auth`: the signed session cookie and the CSRF and same-site checks;
- `notices`: what an action tells the next render (a new stream key, shown once);
- `figures`: viewers and bit rates per stream, from the figures or counts given;
- `charts` and `pages`: the pure HTML and SVG rendering;
- `routes`: the aiohttp adapter that ties them together.
"""

from sender.web.admin.auth import COOKIE, AdminAuth, AdminSession
from sender.web.admin.charts import render_chart
from sender.web.admin.notices import Notice, Notices
from sender.web.admin.routes import AdminPages, add_admin_routes
from sender.web.admin.views import (
    LiveSessions,
    SessionView,
    SnapshotHistory,
    StreamFigures,
    ViewerCounts,
)

__all__ = [
    "COOKIE",
    "AdminAuth",
    "AdminPages",
    "AdminSession",
    "LiveSessions",
    "Notice",
    "Notices",
    "SessionView",
    "SnapshotHistory",
    "StreamFigures",
    "ViewerCounts",
    "add_admin_routes",
    "render_chart",
]
