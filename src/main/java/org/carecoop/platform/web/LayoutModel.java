package org.carecoop.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.carecoop.platform.security.Caller;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts what the page layout needs into every page's model: the caller and their navigation. JSON API
 * controllers are controllers too, but their answers have no layout, so they get neither.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class LayoutModel {

    private final List<Navigation> links;

    LayoutModel(List<Navigation> links) {
        this.links = links.stream()
                .sorted(Comparator.comparingInt(Navigation::order))
                .toList();
    }

    @ModelAttribute("caller")
    @Nullable
    Caller caller(HttpServletRequest request) {
        return api(request) ? null : Caller.current().orElse(null);
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(HttpServletRequest request) {
        if (api(request)) {
            return List.of();
        }
        return Caller.current()
                .map(caller -> links.stream()
                        .filter(link -> link.visibleTo(caller.roles()))
                        .map(link -> new NavigationItem(
                                link.path(), link.labelKey(), isCurrent(request.getRequestURI(), link.path())))
                        .toList())
                .orElse(List.of());
    }

    private static boolean api(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static boolean isCurrent(String uri, String path) {
        return uri.equals(path) || uri.startsWith(path + "/");
    }
}
