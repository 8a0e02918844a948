package cn.gov.bizenv.casetracking.application.directory;

/**
 * One category with its path ({@code 城乡建设 / 安全生产 / 安全隐患}); {@code version} guards against lost
 * updates.
 */
public record CategoryView(
    long id,
    Long parentId,
    String code,
    String name,
    String path,
    int level,
    boolean active,
    long version) {}
