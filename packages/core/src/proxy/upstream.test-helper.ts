/** A recording stand-in for the API behind a proxy. (Not matched by `*.test.ts`: never runs on its own.) */

export const PROXY_API_KEY = 'proxy_API_KEY_0123456789';
export const PROXY_ACCOUNT_KEY = 'proxy_ACCOUNT_KEY_98765';

export interface Forwarded {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

export function fakeUpstream(answer: (request: Request) => Response | Promise<Response> = () => Response.json({ status: 'success' })) {
  const forwarded: Forwarded[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    forwarded.push({ method: request.method, url: request.url, headers: request.headers, body: await request.clone().text() });
    return answer(request);
  };
  return { fetch, forwarded };
}

/** A request as a browser or curl would send it to the proxy's origin. */
export function call(path: string, init: RequestInit = {}): Request {
  return new Request(`http://app.test${path}`, init);
}
