package org.carecoop.platform.web;

/**
 * A page with a file upload form that posts to its own address. An upload over the server's multipart
 * limits is sent back to that address with {@code ?error=too-big}, where the form shows the same
 * message as a file the module's own check finds too big, instead of an error page.
 *
 * @param pathPattern the form's address, e.g. {@code /profile/photo} or {@code /people/*\/team/logo}
 */
public record UploadForm(String pathPattern) {}
