/** Signing in and out: the authentication mechanism, the identity store and the login form. */
package cn.gov.bizenv.portal.web.security;
