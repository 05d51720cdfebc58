package org.cagraph.api.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * A page of results: {@code page} counts from 0, {@code size} (default 50) is capped by {@code
 * cagraph.max-rows}. Every paged answer has {@code next}: the path and query of the next page (this
 * request's, page + 1), or null on the last page.
 */
public record Page(int page, int size) {
  public static final int DEFAULT_SIZE = 50;

  public static Page of(Integer page, Integer size, int maxRows) {
    int p = page == null ? 0 : page;
    int s = size == null ? Math.min(DEFAULT_SIZE, maxRows) : size;
    if (p < 0) {
      throw new BadParameter("page", "page must be 0 or more");
    }
    if (s < 1 || s > maxRows) {
      throw new BadParameter("size", "size must be between 1 and " + maxRows);
    }
    if ((long) p * s > Integer.MAX_VALUE) {
      throw new BadParameter("page", "page is too large");
    }
    return new Page(p, s);
  }

  public int skip() {
    return page * size;
  }

  /** The query parameters {@code skip} and {@code limit}. */
  public Map<String, Object> params() {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("skip", skip());
    p.put("limit", size);
    return p;
  }

  /** The paging fields of an answer whose query counted every result. */
  public Map<String, Object> describe(long total) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("page", page);
    m.put("size", size);
    m.put("total", total);
    m.put("pages", (total + size - 1) / size);
    m.put("next", next((long) skip() + size < total));
    return m;
  }

  /**
   * The paging fields of an answer whose query read one row past the page to learn whether another
   * follows ({@code more}), without counting the rest: an actor's relations on a hub, its timeline,
   * a search.
   */
  public Map<String, Object> describe(boolean more) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("page", page);
    m.put("size", size);
    m.put("next", next(more));
    return m;
  }

  /**
   * This request's path and query with page + 1 (the other parameters as the client sent them), or
   * null.
   */
  private String next(boolean more) {
    if (!more) {
      return null;
    }
    UriComponents u =
        ServletUriComponentsBuilder.fromCurrentRequest()
            .replaceQueryParam("page", page + 1)
            .build();
    return u.getPath() + "?" + u.getQuery();
  }
}
