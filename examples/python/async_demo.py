"""tokkit with the async client: three profiles at once, then pages of posts with async for, resumed from a cursor.

TIKAPI_KEY (and, for a sandbox or a proxy, TIKAPI_BASE_URL) come from the environment: see README.md.
"""

from __future__ import annotations

import asyncio
import sys

from tokkit import AsyncTikAPI


async def main(names: list[str]) -> None:
    async with AsyncTikAPI() as api:  # reads TIKAPI_KEY, and TIKAPI_BASE_URL when it is set
        profiles = await asyncio.gather(*(api.public.check(username=name) for name in names))
        for name, profile in zip(names, profiles, strict=True):
            print(f'profile  @{name}: "{profile.json()["userInfo"]["user"]["nickname"]}"')

        sec_uid = profiles[0].json()["userInfo"]["user"]["secUid"]
        cursor = None
        seen: set[str] = set()
        async for page in api.public.posts.pages(secUid=sec_uid, max_pages=2):
            print(f"page     {len(page.items)} posts, cursor {page.cursor}")
            seen.update(str(post["id"]) for post in page.items)
            cursor = page.cursor

        # The cursor of the last page read resumes the run later, from the page after it.
        resumed = [
            str(post["id"])
            async for post in api.public.posts.items(secUid=sec_uid, max_items=30, resume={"cursor": cursor, "skip": 0})
        ]
        print(f"resumed  {len(resumed)} posts after cursor {cursor}, none seen before: {not seen & set(resumed)}")


if __name__ == "__main__":
    # Usernames from the command line; the defaults are accounts the sandbox has.
    asyncio.run(main(sys.argv[1:] or ["lilyachty", "demoapi", "sandbox.friend"]))
