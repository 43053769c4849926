package org.sitrep.http;

/**
 * A request the API refuses, with its HTTP status and, for a bad parameter, the parameter's name.
 * {@link ProblemMapper} turns it into problem+json; handlers only throw it.
 */
public final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String title;
  private final String parameter;

  private ApiProblem(int status, String title, String detail, String parameter) {
    super(detail);
    this.status = status;
    this.title = title;
    this.parameter = parameter;
  }

  public static ApiProblem badParameter(String name, String detail) {
    return new ApiProblem(400, "Bad parameter: " + name, detail, name);
  }

  public static ApiProblem badRequest(String detail) {
    return new ApiProblem(400, "Bad request", detail, null);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "Not found", detail, null);
  }

  public static ApiProblem unauthorized(String detail) {
    return new ApiProblem(401, "Unauthorized", detail, null);
  }

  public static ApiProblem forbidden(String detail) {
    return new ApiProblem(403, "Forbidden", detail, null);
  }

  public static ApiProblem tooLarge(long limit) {
    return new ApiProblem(413, "Content too large", "the request body is larger than " + limit + " bytes", null);
  }

  public static ApiProblem unsupportedMediaType(String detail) {
    return new ApiProblem(415, "Unsupported media type", detail, null);
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  /** The parameter at fault, or null. */
  public String parameter() {
    return parameter;
  }
}
