package eu.sadarbe.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * One error layer (issue 14): no controller words its own refusals; the refusals implement
 * {@link eu.sadarbe.shared.Refusal} and two advices answer them, {@link ApiProblems} for the API and
 * {@link PageProblems} for pages. Only the advices named here may handle exceptions, each for a stated reason.
 */
class OneErrorLayerTests {

    /** The advices that handle exceptions, and why each is not the API's or the pages' one advice. */
    static final Set<String> ADVICES = Set.of(
            "eu.sadarbe.web.ApiProblems",
            "eu.sadarbe.web.PageProblems",
            // A multipart body beyond the limit fails before any controller: back to the annexes page.
            "eu.sadarbe.drafting.web.UploadLimitAdvice",
            // The drafts API reads documents: a call year without rules is its 422, not the reference data's 400.
            "eu.sadarbe.applications.web.DraftProblems");

    @Test
    void noControllerDeclaresItsOwnExceptionHandler() {
        Set<String> handling = new TreeSet<>();
        for (Class<?> controller : classesAnnotatedWith(Controller.class)) {
            Arrays.stream(controller.getDeclaredMethods()).filter(OneErrorLayerTests::handlesExceptions)
                    .forEach(method -> handling.add(controller.getName() + "." + method.getName()));
        }
        assertThat(handling).isEmpty();
    }

    @Test
    void onlyTheNamedAdvicesHandleExceptions() {
        Set<String> handling = new TreeSet<>();
        for (Class<?> advice : classesAnnotatedWith(ControllerAdvice.class)) {
            if (Arrays.stream(advice.getDeclaredMethods()).anyMatch(OneErrorLayerTests::handlesExceptions)) {
                handling.add(advice.getName());
            }
        }
        assertThat(handling).isEqualTo(new TreeSet<>(ADVICES));
    }

    private static boolean handlesExceptions(Method method) {
        return method.isAnnotationPresent(ExceptionHandler.class);
    }

    private static Set<Class<?>> classesAnnotatedWith(Class<? extends java.lang.annotation.Annotation> annotation) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(annotation));
        Set<Class<?>> classes = new java.util.HashSet<>();
        for (BeanDefinition definition : scanner.findCandidateComponents("eu.sadarbe")) {
            classes.add(ClassUtils.resolveClassName(definition.getBeanClassName(),
                    OneErrorLayerTests.class.getClassLoader()));
        }
        return classes;
    }
}
