/** The public mailbox pages: writing a letter and tracking it, with the guards against abuse. */
package cn.gov.bizenv.portal.web.mailbox;
