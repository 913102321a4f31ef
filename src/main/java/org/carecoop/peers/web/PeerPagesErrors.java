package org.carecoop.peers.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A post, meet-up or mentoring request that is not on the page its address names is not found. The
 * error is sent to the servlet container, which shows the usual "page not found" page.
 */
@ControllerAdvice(basePackageClasses = PeerPagesErrors.class)
class PeerPagesErrors {

    @ExceptionHandler(NoSuchElementException.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpStatus.NOT_FOUND.value());
    }
}
