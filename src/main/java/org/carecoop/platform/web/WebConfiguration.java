package org.carecoop.platform.web;

import java.time.Duration;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    /**
     * GOV.UK Frontend's stylesheet asks for its images under {@code /assets/}. Only the images are
     * served: its fonts are for GOV.UK services alone.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/images/**")
                .addResourceLocations(
                        "classpath:/META-INF/resources/webjars/govuk-frontend/5.11.0/dist/govuk/assets/images/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }

    @Bean
    Navigation homeLink() {
        return new Navigation("/dashboard", "nav.home", 0, Set.of());
    }
}
