package org.carecoop.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Turns an upload over the server's multipart limits into the upload page's own "too big" message
 * instead of an error page, for every {@link UploadForm}.
 *
 * <p>Spring Security's CSRF check reads the form's parameters, which makes the servlet container
 * parse the multipart body before any controller runs; over the limit, the container answers 413
 * itself. So this filter runs before Spring Security: an upload whose declared length is over the
 * limit is sent back to the upload page without its body being read, and a size failure while the
 * body is parsed later is sent there too. Nothing is changed either way, so no CSRF check is needed.
 */
class UploadLimitFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;

    private final List<String> patterns;
    private final AntPathMatcher matcher = new AntPathMatcher();

    UploadLimitFilter(long maxRequestBytes, List<UploadForm> forms) {
        this.maxRequestBytes = maxRequestBytes;
        this.patterns = forms.stream().map(UploadForm::pathPattern).toList();
    }

    /** Whether the request posts to one of the upload forms. */
    boolean isUpload(HttpServletRequest request) {
        String path = request.getServletPath();
        return "POST".equals(request.getMethod()) && patterns.stream().anyMatch(p -> matcher.match(p, path));
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !isUpload(request);
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
        response.setHeader("Location", request.getContextPath() + request.getServletPath() + "?error=too-big");
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
        UploadLimitFilter uploadLimitFilter(
                @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-request-size:6MB}")
                        DataSize maxRequestSize,
                List<UploadForm> forms) {
            return new UploadLimitFilter(maxRequestSize.toBytes(), forms);
        }

        @Bean
        FilterRegistrationBean<UploadLimitFilter> uploadLimitFilterRegistration(UploadLimitFilter filter) {
            FilterRegistrationBean<UploadLimitFilter> registration = new FilterRegistrationBean<>(filter);
            registration.addUrlPatterns("/*");
            registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
            return registration;
        }
    }
}
