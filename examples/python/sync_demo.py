"""tokkit with the sync client: a profile, then its posts in two runs, the second resuming where the first stopped.

TIKAPI_KEY (and, for a sandbox or a proxy, TIKAPI_BASE_URL) come from the environment: see README.md.
"""

from __future__ import annotations

import json

from tokkit import PermissionDeniedError, TikAPI


def main() -> None:
    with TikAPI() as api:  # reads TIKAPI_KEY, and TIKAPI_BASE_URL when it is set
        user = api.public.check(username="lilyachty").json()["userInfo"]["user"]
        print(f'profile  @{user["uniqueId"]} "{user["nickname"]}"')

        # A first run stops after 50 posts; its resume point is plain JSON, to keep in a file or a database.
        first = api.public.posts.items(secUid=user["secUid"], max_items=50)
        ids = [post["id"] for post in first]
        saved = json.dumps(first.resume_point.to_dict())
        print(f"run 1    {len(ids)} posts, resume point saved ({len(saved)} bytes)")

        # A later run picks up right after the last post the first one handed out, up to 100 more.
        second = api.public.posts.items(secUid=user["secUid"], max_items=100, resume=json.loads(saved))
        more = [post["id"] for post in second]
        print(f"run 2    {len(more)} posts, none seen before: {not set(ids) & set(more)}")

        try:
            api.public.check(username="no.such.user")
        except PermissionDeniedError as error:
            code = error.tiktok_status_code
            print(f"error    {type(error).__name__} (HTTP {error.status_code}, TikTok statusCode {code})")
        print(f"done     {len(ids) + len(more)} posts in two runs")


if __name__ == "__main__":
    main()
