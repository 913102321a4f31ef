package org.carecoop.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload over the server's multipart limit ({@code spring.servlet.multipart.*}) fails before any
 * controller is chosen, so only an advice without selectors sees it. It sends the person back to the
 * upload page with the same message as a file our own check finds too big, rather than an error page.
 * Most such uploads never get this far: {@link UploadLimitFilter} catches them first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UploadLimits {

    private final UploadLimitFilter filter;

    UploadLimits(UploadLimitFilter filter) {
        this.filter = filter;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooBig(MaxUploadSizeExceededException e, HttpServletRequest request) throws MaxUploadSizeExceededException {
        if (filter.isUpload(request)) {
            return "redirect:" + request.getServletPath() + "?error=too-big";
        }
        throw e;
    }
}
