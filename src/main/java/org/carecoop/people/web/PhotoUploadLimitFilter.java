package org.carecoop.people.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns a photo upload over the server's multipart limits into the upload page's own "too big"
 * message instead of an error page.
 *
 * <p>Spring Security's CSRF check reads the form's parameters, which makes the servlet container
 * parse the multipart body before any controller runs; over the limit, the container answers 413
 * itself. So this filter runs before Spring Security: an upload whose declared length is over the
 * limit is sent back to the upload page without its body being read, and a size failure while the
 * body is parsed later is sent there too. Nothing is changed either way, so no CSRF check is needed.
 */
class PhotoUploadLimitFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;

    PhotoUploadLimitFilter(long maxRequestBytes) {
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && PhotoController.PATH.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxRequestBytes) {
            tooBig(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException e) {
            if (!isSizeLimit(e) || response.isCommitted()) {
                throw e;
            }
            tooBig(request, response);
        }
    }

    private static void tooBig(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + PhotoController.PATH + "?error=too-big");
    }

    /** Spring's exception, or the container's own (Tomcat names its size-limit exceptions so). */
    static boolean isSizeLimit(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (t instanceof MaxUploadSizeExceededException
                    || name.contains("SizeLimitExceeded")
                    || name.equals("SizeException")) {
                return true;
            }
        }
        return false;
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        FilterRegistrationBean<PhotoUploadLimitFilter> photoUploadLimitFilter(
                @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-request-size:6MB}")
                        DataSize maxRequestSize) {
            FilterRegistrationBean<PhotoUploadLimitFilter> registration =
                    new FilterRegistrationBean<>(new PhotoUploadLimitFilter(maxRequestSize.toBytes()));
            registration.addUrlPatterns(PhotoController.PATH);
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
            return registration;
        }
    }
}
