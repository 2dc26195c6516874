// Generated from openapi/auth.yaml by `npm run gen:api`; do not edit.
export interface paths {
    "/api/user/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register a user
         * @description Creates an account for the primary user of a company. `key` is the registration key (the
         *     guide prints the dev key). Without `pwd` a password is generated and returned once in
         *     `generated_password`.
         *
         *     Decided by the portal team: 201 with the created user; 409 when the email already exists;
         *     422 with field errors for a bad or missing field or a wrong `key` (field `key`); 400 when the
         *     body is not a JSON object.
         */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/show-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Show the signed-in browser's tokens
         * @description Answers the token document for the browser's signed-in session (the session cookie set by
         *     the hosted sign-in page). A user of the real service opens this page and copies
         *     `id_token` and `refresh_token` from it.
         *
         *     Decided by the portal team: 401 problem when the browser has no signed-in session.
         */
        get: operations["showToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/refresh-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a new token pair from a refresh token
         * @description Answers a new `{id_token, refresh_token}` pair; store both at once. 401 when the refresh
         *     token is expired, revoked or malformed.
         *
         *     Decided by the portal team: 400 when the `refresh_token` parameter is missing.
         */
        get: operations["refreshToken"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hosted sign-in page
         * @description Decided by the portal team. Answers the hosted sign-in page (email + password). On a
         *     successful sign-in, or at once when the browser already has a signed-in session, the
         *     browser is redirected (302) to `redirect_uri?code=…&state=…`. `redirect_uri` must be a
         *     registered app URL (`<origin>/auth/callback`) for the client; otherwise the page shows
         *     the error itself (400) and never redirects.
         */
        get: operations["authorize"];
        put?: never;
        /**
         * Submit the hosted sign-in form
         * @description Decided by the portal team. What the hosted sign-in page's form posts: the sign-in
         *     request's parameters (hidden fields, checked as `GET /authorize` checks them) with the
         *     user's email and password. The browser does this, never the app.
         *
         *     On success the browser gets a session cookie and is redirected (302) to
         *     `redirect_uri?code=…&state=…`. On a wrong email or password the page is rendered again
         *     (401, HTML) with the email kept and an error message; nothing tells which of the two was
         *     wrong. An unknown client, an unregistered redirect URI or a form that cannot be read
         *     (including one over 1 MB) answers the error page (400, HTML), never a redirect.
         */
        post: operations["submitSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Exchange an authorization code for tokens
         * @description Decided by the portal team. Exchanges the code from `/authorize` and the PKCE verifier for
         *     the token document. A code is single-use and short-lived. 400 problem when the code is
         *     unknown, used, expired, issued for another `redirect_uri`, or the verifier does not match
         *     (`error: invalid_grant`), or when a parameter is missing or malformed
         *     (`error: invalid_request`), as OAuth 2.0 names them. The body may be form-encoded or JSON;
         *     413 above 1 MB.
         */
        post: operations["exchangeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public keys that verify id_token
         * @description Decided by the portal team. The RS256 public keys, by `kid`.
         */
        get: operations["getJwks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        RegisterRequest: {
            /** @example SomeName */
            first_name: string;
            /** @example SomeLastname */
            last_name: string;
            /**
             * Format: email
             * @example someemail@gmail.com
             */
            email: string;
            /** @example Some Company Name */
            company: string;
            /**
             * @description The registration key RingPlan hands out.
             * @example b6ae17b92f60d3110c2cDsI90!dK5!1P
             */
            key: string;
            /**
             * @description Optional; without it a password is generated. Decided by the portal team: at least 8
             *     characters.
             * @example SomeStrongPassword
             */
            pwd?: string;
        };
        /** @description Decided by the portal team (the guide does not show the answer). */
        RegisteredUser: {
            _id: components["schemas"]["ObjectId"];
            /**
             * Format: email
             * @example someemail@gmail.com
             */
            email: string;
            /** @example SomeName */
            first_name: string;
            /** @example SomeLastname */
            last_name: string;
            /** @example Some Company Name */
            company: string;
            /** @description Present only when the request had no `pwd`; shown to the user once. */
            generated_password?: string;
        };
        /** @description What `/show-token` shows (from the guide) and what `/token` answers. */
        TokenDocument: {
            _id: components["schemas"]["ObjectId"];
            /** @description A JWT; the portal does not use it. */
            access_token: string;
            /**
             * @description When the tokens expire, Unix seconds with a fraction.
             * @example 1604367233.5812545
             */
            expires_at: number;
            /**
             * @description Seconds the access token lives.
             * @example 28800
             */
            expires_in: number;
            /**
             * @description When the tokens expire, Unix seconds.
             * @example 1604367233
             */
            expires_on: number;
            /** @description RS256 JWT with `exp`, `given_name`, `family_name`, `emails`; lives 8 hours. */
            id_token: string;
            /** @example 28800 */
            id_token_expires_in: number;
            /**
             * @description Unix seconds.
             * @example 1604338433
             */
            not_before: number;
            /** @description Base64 JSON describing the profile. */
            profile_info: string;
            /** @description Lives 336 hours (14 days). */
            refresh_token: string;
            /** @example 1209600 */
            refresh_token_expires_in: number;
            /** @example dd07e555-e1b6-4e5b-ba8b-b52d2afed9b8 */
            resource: string;
            /**
             * @example [
             *       "/",
             *       "offline_access",
             *       "openid"
             *     ]
             */
            scope: string[];
            /** @enum {string} */
            token_type: "Bearer";
        };
        TokenPair: {
            /** @description The new id_token (8 hours). */
            id_token: string;
            /** @description The new refresh token (336 hours); the old one must be replaced at once. */
            refresh_token: string;
        };
        /** @description Decided by the portal team. */
        TokenRequest: {
            /** @enum {string} */
            grant_type: "authorization_code";
            code: string;
            code_verifier: string;
            /**
             * Format: uri
             * @example http://localhost:5173/auth/callback
             */
            redirect_uri: string;
            /** @example ringplan-portal */
            client_id?: string;
        };
        /** @description Decided by the portal team. The hosted sign-in page's form. */
        SignInForm: {
            /** @example ringplan-portal */
            client_id: string;
            /**
             * Format: uri
             * @example http://localhost:5173/auth/callback
             */
            redirect_uri: string;
            state: string;
            code_challenge: string;
            /** @enum {string} */
            code_challenge_method: "S256";
            /** @enum {string} */
            response_type?: "code";
            /** @example demo@example.com */
            email: string;
            /** Format: password */
            password: string;
        };
        /** @description Decided by the portal team. A 400 Problem of `/token` with the OAuth 2.0 error code. */
        TokenProblem: components["schemas"]["Problem"] & {
            /**
             * @description `invalid_grant`: the code is unknown, used or expired, was issued for another
             *     `redirect_uri` or client, or the verifier does not match. `invalid_request`: a
             *     parameter is missing or malformed.
             * @enum {string}
             */
            error?: "invalid_grant" | "invalid_request";
        };
        Jwks: {
            keys: {
                /** @enum {string} */
                kty: "RSA";
                kid: string;
                /** @enum {string} */
                use?: "sig";
                /** @enum {string} */
                alg?: "RS256";
                /** @description Modulus, base64url. */
                n: string;
                /**
                 * @description Exponent, base64url.
                 * @example AQAB
                 */
                e: string;
            }[];
        };
        /**
         * @description A 24-hex id.
         * @example 5fa043012ebb5ad62af6f14a
         */
        ObjectId: string;
        /** @description Problem JSON, as the guide shows it. */
        Problem: {
            /**
             * @description Always `about:blank`.
             * @example about:blank
             */
            type: string;
            /** @example Not Found */
            title: string;
            /** @example 404 */
            status: number;
            /** @example Not found. */
            detail: string;
        };
        /** @description Decided by the portal team. A Problem with the failing fields. */
        ValidationProblem: components["schemas"]["Problem"] & {
            errors: components["schemas"]["FieldError"][];
        };
        FieldError: {
            /**
             * @description The request body field, by its API name.
             * @example email
             */
            field: string;
            /** @example Not a valid email address. */
            message: string;
        };
    };
    responses: {
        /**
         * @description Decided by the portal team: the body is not of a type this operation takes (a JSON
         *     endpoint takes only `application/json`), so a page on another site cannot write with a
         *     "simple" cross-site request (text/plain, a form, or no type).
         */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Unsupported Media Type",
                 *       "status": 415,
                 *       "detail": "Send the body as application/json, not text/plain."
                 *     }
                 */
                "application/json": components["schemas"]["Problem"];
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request is malformed. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Bad Request",
                 *       "status": 400,
                 *       "detail": "The request is malformed."
                 *     }
                 */
                "application/json": components["schemas"]["Problem"];
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description Not signed in, or the token is expired, revoked or malformed. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Unauthorized",
                 *       "status": 401,
                 *       "detail": "The refresh token is expired or revoked."
                 *     }
                 */
                "application/json": components["schemas"]["Problem"];
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The email is already registered. */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Conflict",
                 *       "status": 409,
                 *       "detail": "A user with this email already exists."
                 *     }
                 */
                "application/json": components["schemas"]["Problem"];
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description The request body is larger than 1 MB. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Payload Too Large",
                 *       "status": 413,
                 *       "detail": "Request body exceeds 1 MB"
                 *     }
                 */
                "application/json": components["schemas"]["Problem"];
                "application/problem+json": components["schemas"]["Problem"];
            };
        };
        /** @description A field is missing or invalid. */
        UnprocessableEntity: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "type": "about:blank",
                 *       "title": "Unprocessable Entity",
                 *       "status": 422,
                 *       "detail": "Some fields are invalid.",
                 *       "errors": [
                 *         {
                 *           "field": "key",
                 *           "message": "The registration key is wrong."
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ValidationProblem"];
                "application/problem+json": components["schemas"]["ValidationProblem"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "first_name": "SomeName",
                 *       "last_name": "SomeLastname",
                 *       "email": "someemail@gmail.com",
                 *       "company": "Some Company Name",
                 *       "key": "b6ae17b92f60d3110c2cDsI90!dK5!1P",
                 *       "pwd": "SomeStrongPassword"
                 *     }
                 */
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description User registered. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegisteredUser"];
                };
            };
            400: components["responses"]["BadRequest"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            422: components["responses"]["UnprocessableEntity"];
        };
    };
    showToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The token document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDocument"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    refreshToken: {
        parameters: {
            query: {
                /** @description The current refresh token. */
                refresh_token: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A new token pair. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
        };
    };
    authorize: {
        parameters: {
            query: {
                /** @description The app's client id. */
                client_id: string;
                /** @description Where the browser returns with `code` and `state`. */
                redirect_uri: string;
                /** @description A random value the app checks on return. */
                state: string;
                /** @description BASE64URL(SHA-256(code_verifier)), without padding. */
                code_challenge: string;
                /** @description Only S256 is accepted. */
                code_challenge_method: "S256";
                /** @description Always `code` when sent. */
                response_type?: "code";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sign-in page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Signed in; back to the app with a single-use code. */
            302: {
                headers: {
                    /** @description `redirect_uri?code=…&state=…` */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown client or unregistered redirect URI; an error page, no redirect. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    submitSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["SignInForm"];
            };
        };
        responses: {
            /** @description Signed in; back to the app with a single-use code. */
            302: {
                headers: {
                    /** @description `redirect_uri?code=…&state=…` */
                    Location?: string;
                    /** @description The browser's signed-in session (see `browserSession`). */
                    "Set-Cookie"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Unknown client, unregistered redirect URI or an unreadable form; an error page, no redirect. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Wrong email or password; the sign-in page again, with the error and the email kept. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /**
             * @description An unexpected failure of the service (5xx problem JSON). Success is the 302 above: this
             *     form post never answers 2xx.
             */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exchangeToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
                "application/json": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The token document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenDocument"];
                };
            };
            /** @description The code or a parameter is bad; `error` says which kind. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "The code is unknown, used or expired.",
                     *       "error": "invalid_grant"
                     *     }
                     */
                    "application/json": components["schemas"]["TokenProblem"];
                    "application/problem+json": components["schemas"]["TokenProblem"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getJwks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key set. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Jwks"];
                };
            };
        };
    };
}
