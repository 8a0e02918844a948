package cn.gov.bizenv.portal.rest;

import java.util.List;

/** A page of an API list: the items, the total number of matches, and where this page starts. */
public record PageResponse<T>(List<T> items, long total, int offset, int limit) {}
