import { describe, expect, it } from 'vitest';
import { createClient } from '../client/client.js';
import { APIConnectionError, TikAPIError } from '../errors.js';
import { downloadVideo, VIDEO_USER_AGENT, videoLinkHeaders } from './download-video.js';

const KEY = 'video_test_API_KEY_123';
const LINK = 'https://v16-webapp.tiktok.test/video/abc.mp4?x=1';
const linkHeaders = { Cookie: 'tt_chain_token=abc', Origin: 'https://www.tiktok.com', Referer: 'https://www.tiktok.com/' };

function recorder(answer: () => Response = () => new Response('video-bytes', { headers: { 'content-type': 'video/mp4' } })) {
  const sent: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    sent.push(request);
    if (request.url.startsWith('https://api.test')) {
      return Response.json({ status: 'success', itemInfo: {}, $other: { videoLinkHeaders: linkHeaders } });
    }
    return answer();
  };
  return { sent, fetch };
}

describe('videoLinkHeaders', () => {
  it('reads $other.videoLinkHeaders, keeping string and number values only', () => {
    expect(videoLinkHeaders({ $other: { videoLinkHeaders: { Cookie: 'a', N: 1, Bad: { x: 1 } } } })).toEqual({ Cookie: 'a', N: '1' });
    expect(videoLinkHeaders(null)).toEqual({});
    expect(videoLinkHeaders({ $other: 'x' })).toEqual({});
  });
});

describe('response.downloadVideo', () => {
  it("streams the link with the response's videoLinkHeaders, through the client's fetch, without any key", async () => {
    const { sent, fetch } = recorder();
    const api = createClient({ apiKey: KEY, accountKey: 'acct_KEY_1234', baseUrl: 'https://api.test', fetch });
    const res = await api.public.video({ id: '7109178205151464746' });
    const video = await res.downloadVideo(LINK);
    expect(video.body).toBeInstanceOf(ReadableStream);
    expect(await video.text()).toBe('video-bytes');
    const download = sent[1];
    expect(download?.url).toBe(LINK);
    expect(download?.headers.get('cookie')).toBe(linkHeaders.Cookie);
    expect(download?.headers.get('referer')).toBe(linkHeaders.Referer);
    expect(download?.headers.get('origin')).toBe(linkHeaders.Origin);
    expect(download?.headers.get('user-agent')).toBe(VIDEO_USER_AGENT);
    expect(download?.headers.has('x-api-key')).toBe(false);
    expect(download?.headers.has('x-account-key')).toBe(false);
  });

  it('lets per-call headers win', async () => {
    const { sent, fetch } = recorder();
    await downloadVideo(LINK, { $other: { videoLinkHeaders: linkHeaders } }, fetch, { headers: { Cookie: 'mine', 'User-Agent': 'ua' } });
    expect(sent[0]?.headers.get('cookie')).toBe('mine');
    expect(sent[0]?.headers.get('user-agent')).toBe('ua');
  });

  it('throws with the status when the video host refuses', async () => {
    const { fetch } = recorder(() => new Response('nope', { status: 403 }));
    const error = await downloadVideo(LINK, {}, fetch).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TikAPIError);
    expect(error).toMatchObject({ statusCode: 403 });
  });

  it('throws APIConnectionError when the host cannot be reached', async () => {
    const fetch = async () => {
      throw new TypeError('fetch failed');
    };
    await expect(downloadVideo(LINK, {}, fetch)).rejects.toBeInstanceOf(APIConnectionError);
  });

  it('refuses links that are not absolute http(s) URLs', async () => {
    const { sent, fetch } = recorder();
    await expect(downloadVideo('/relative.mp4', {}, fetch)).rejects.toThrow(/absolute URL/);
    await expect(downloadVideo('file:///etc/passwd', {}, fetch)).rejects.toThrow(/http/);
    expect(sent).toEqual([]);
  });

  it('saveVideo says where it works when the runtime has no file system', async () => {
    const { sent, fetch } = recorder();
    const res = await createClient({ apiKey: KEY, baseUrl: 'https://api.test', fetch }).public.video({ id: '7109178205151464746' });
    await expect(res.saveVideo(LINK, 'out.mp4')).rejects.toThrow(/downloadVideo/);
    expect(sent).toHaveLength(1);
  });
});
