package org.carecoop.people.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A photo over the server's multipart limit ({@code spring.servlet.multipart.*}) fails before any
 * controller is chosen, so only an advice without selectors sees it. It sends the person back to the
 * upload page with the same message as a file our own check finds too big, rather than an error page.
 * Most such uploads never get this far: {@link PhotoUploadLimitFilter} catches them first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UploadLimits {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooBig(MaxUploadSizeExceededException e, HttpServletRequest request) throws MaxUploadSizeExceededException {
        if (PhotoController.PATH.equals(request.getServletPath())) {
            return "redirect:" + PhotoController.PATH + "?error=too-big";
        }
        throw e;
    }
}
