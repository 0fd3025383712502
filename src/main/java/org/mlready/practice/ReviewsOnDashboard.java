package org.mlready.practice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mlready.account.AccountUser;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the review overview into the dashboard's model as {@code reviews}. The dashboard belongs to the progress
 * module, which practice depends on; adding it here keeps the dependency one way.
 */
@Configuration
class ReviewsOnDashboard implements WebMvcConfigurer {

    private final Reviews reviews;

    ReviewsOnDashboard(Reviews reviews) {
        this.reviews = reviews;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
                Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
                if (view != null && !view.wasCleared() && authentication != null && authentication.getPrincipal() instanceof AccountUser user) {
                    view.addObject("reviews", reviews.overview(user.id()));
                }
            }
        }).addPathPatterns("/dashboard");
    }
}
