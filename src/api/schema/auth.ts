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
         *
         *     Sandbox only: the new company also gets one texting number owned by the registering user
         *     (like a trial number; see `GET /texting/numbers` in the SSP document).
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
         *     Decided by the portal team: 401 problem when the browser has no signed-in session. A
         *     browser asking for `text/html` gets the document as a page (the fields as the guide's
         *     screenshot shows them, the `id_token` in a read-only field with a Copy button); anything
         *     else gets the JSON.
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
         *     Decided by the portal team: a refresh token is single-use. Presenting one that was already
         *     used revokes its whole chain (the sign-in and all its rotations, the newest token included),
         *     since either the user or a thief holds a copy. A chain lives 14 days from sign-in however
         *     often it rotates (`refresh_token_expires_in` of the sign-in).
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
         *
         *     The form must come from the sign-in page itself: with its `csrf_token` and the cookie the
         *     page set, and not from another site; otherwise 403 and nothing is signed in. Too many wrong
         *     passwords answer 429 with `Retry-After`: the page says "Too many attempts. Try again in N
         *     seconds." (a form posted as JSON gets a problem with `retry_after`).
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
    "/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Sign out (OpenID Connect RP-initiated logout)
         * @description Decided by the portal team. Ends this browser's hosted session (its cookie) and the session
         *     named by `id_token_hint` (its `sid`), revokes the refresh-token chains those sessions
         *     started, and redirects (302) to `post_logout_redirect_uri` (with `state` when sent), or to
         *     the auth root's sign-in page without one. A `post_logout_redirect_uri` that is not on a
         *     registered app origin, or a hint this service did not sign, answers an error page (400) and
         *     ends nothing. An expired `id_token_hint` is accepted: it only names the session.
         */
        get: operations["endSession"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a refresh token (RFC 7009)
         * @description Decided by the portal team. Revokes the refresh token's whole chain and ends the hosted
         *     session that started it. The app calls it when signing out, before it sends the browser to
         *     `/logout`, so no token goes in the address bar. An unknown, used or revoked token answers 200
         *     too, as RFC 7009 asks; 400 when `token` is missing. Form-encoded or JSON; 413 above 1 MB.
         */
        post: operations["revokeToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/logout-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out everywhere
         * @description Decided by the portal team. Ends every hosted session of the user named by the id_token and
         *     revokes all of the user's refresh-token chains, on every device. Takes no body. Apps already
         *     open elsewhere keep their id_token until it expires (at most 8 hours), then cannot renew it.
         */
        post: operations["logoutEverywhere"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/change-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hosted change-password page
         * @description Decided by the portal team. The page where a user changes their password: email (filled in
         *     when the browser is signed in), current password, new password twice. `return_to` must be
         *     on a registered app origin, or the page is an error (400).
         */
        get: operations["changePasswordPage"];
        put?: never;
        /**
         * Submit the change-password form
         * @description Decided by the portal team. With the sign-in form's CSRF protection and guessing limits (a
         *     wrong current password counts as a wrong sign-in). On success the password is changed, the
         *     user's other sessions and refresh-token chains are ended (this browser's stay), and the
         *     browser goes to `return_to` with `password=changed` added (303). A new password shorter
         *     than 8 characters, not repeated the same, or equal to the current one re-renders the page (422).
         */
        post: operations["submitChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The auth service's own sign-in page
         * @description Decided by the portal team. For a developer following the guide ("log in with the same
         *     browser"): a sign-in page that, after sign-in, ends on `/show-token`. A browser already
         *     signed in goes there at once (302).
         */
        get: operations["authRootPage"];
        put?: never;
        /**
         * Submit the auth root's sign-in form
         * @description Decided by the portal team. As `POST /authorize` (CSRF protection, guessing limits), without
         *     an app: on success the browser is signed in and goes to `/auth/show-token` (303).
         */
        post: operations["submitAuthRootSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * OpenID Connect discovery document
         * @description Decided by the portal team. Where the endpoints are, `end_session_endpoint` included.
         */
        get: operations["getOpenIdConfiguration"];
        put?: never;
        post?: never;
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
            /** @description The token the sign-in page put in the form. */
            csrf_token?: string;
        };
        /** @description Decided by the portal team. The auth root's sign-in form. */
        RootSignInForm: {
            /** @example demo@example.com */
            email: string;
            /** Format: password */
            password: string;
            csrf_token: string;
        };
        /** @description Decided by the portal team. The change-password page's form. */
        ChangePasswordForm: {
            /** Format: uri */
            return_to: string;
            email: string;
            /** Format: password */
            current_password: string;
            /** Format: password */
            new_password: string;
            /** Format: password */
            confirm_password: string;
            csrf_token: string;
        };
        /** @description Decided by the portal team (RFC 7009). */
        RevokeRequest: {
            /** @description The refresh token. */
            token: string;
            /** @enum {string} */
            token_type_hint?: "refresh_token";
        };
        /** @description Decided by the portal team. */
        LogoutEverywhereResult: {
            /** @description Hosted (browser) sessions ended. */
            sessions_ended: number;
            /** @description Refresh tokens that stopped working. */
            refresh_tokens_revoked: number;
        };
        /** @description Decided by the portal team. OpenID Connect Discovery 1.0. */
        OpenIdConfiguration: {
            /** Format: uri */
            issuer: string;
            /** Format: uri */
            authorization_endpoint: string;
            /** Format: uri */
            token_endpoint: string;
            /** Format: uri */
            jwks_uri: string;
            /** Format: uri */
            end_session_endpoint: string;
            /** Format: uri */
            revocation_endpoint?: string;
            response_types_supported: string[];
            grant_types_supported?: string[];
            subject_types_supported: string[];
            id_token_signing_alg_values_supported: string[];
            code_challenge_methods_supported?: string[];
            token_endpoint_auth_methods_supported?: string[];
            scopes_supported?: string[];
            claims_supported?: string[];
        };
        /** @description Decided by the portal team. A 429 Problem with the seconds to wait. */
        RetryProblem: components["schemas"]["Problem"] & {
            retry_after: number;
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
         * @description The form was posted from another site, or without the page's CSRF token and cookie, or the
         *     token expired (after an hour); nothing was signed in or changed. From another site: an error
         *     page; otherwise the form again, with a fresh token.
         */
        FormRefused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
        /**
         * @description Too many wrong passwords for this account or from this client; nothing was checked. The page
         *     says "Too many attempts. Try again in N seconds." (the hosted forms take only form posts).
         */
        TooManyAttempts: {
            headers: {
                /** @description Seconds to wait. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
                "application/json": components["schemas"]["RetryProblem"];
            };
        };
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
                    "text/html": string;
                };
            };
            /** @description This browser has no signed-in session (as a page for `text/html`, with a link to sign in). */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/html": string;
                };
            };
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
            403: components["responses"]["FormRefused"];
            429: components["responses"]["TooManyAttempts"];
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
    endSession: {
        parameters: {
            query?: {
                /** @description Where the browser goes afterwards; a URL on a registered app origin. */
                post_logout_redirect_uri?: string;
                /** @description An id_token of the session to end. */
                id_token_hint?: string;
                /** @description Echoed on the redirect. */
                state?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out. */
            302: {
                headers: {
                    /** @description `post_logout_redirect_uri`, or `/auth/`. */
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The return address or the hint is refused; an error page, nothing ended. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description An unexpected failure of the service (5xx problem JSON); success is the redirect above. */
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
    revokeToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RevokeRequest"];
                "application/json": components["schemas"]["RevokeRequest"];
            };
        };
        responses: {
            /** @description Revoked (or nothing to revoke). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        revoked: true;
                    };
                };
            };
            400: components["responses"]["BadRequest"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    logoutEverywhere: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was ended. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LogoutEverywhereResult"];
                };
            };
            401: components["responses"]["Unauthorized"];
        };
    };
    changePasswordPage: {
        parameters: {
            query: {
                /** @description Where the browser goes back to; a URL on a registered app origin. */
                return_to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description `return_to` is not on a registered app origin. */
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
    submitChangePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["ChangePasswordForm"];
            };
        };
        responses: {
            /** @description Changed; back to `return_to?…&password=changed`. */
            303: {
                headers: {
                    Location?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `return_to` is not on a registered app origin. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Wrong email or current password; the page again. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            403: components["responses"]["FormRefused"];
            /** @description The new password is refused; the page again, saying why. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            429: components["responses"]["TooManyAttempts"];
            /** @description An unexpected failure of the service (5xx problem JSON); success is the redirect above. */
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
    authRootPage: {
        parameters: {
            query?: never;
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
            /** @description Already signed in; to `/auth/show-token`. */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    submitAuthRootSignIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RootSignInForm"];
            };
        };
        responses: {
            /** @description Signed in; to `/auth/show-token`. */
            303: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Wrong email or password; the page again. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            403: components["responses"]["FormRefused"];
            429: components["responses"]["TooManyAttempts"];
            /** @description An unexpected failure of the service (5xx problem JSON); success is the redirect above. */
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
    getOpenIdConfiguration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The discovery document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenIdConfiguration"];
                };
            };
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
