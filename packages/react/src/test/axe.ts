import axe from 'axe-core';

/** The WCAG levels every widget must pass: 2.0, 2.1 and 2.2, A and AA. Storybook's a11y test uses the same list. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] as const;

/** Runs axe-core in the page (real Chromium, real CSS) and returns its violations. */
export async function axeViolations(context: Element | Document = document): Promise<axe.Result[]> {
  const results = await axe.run(context as axe.ElementContext, {
    runOnly: { type: 'tag', values: [...AXE_TAGS] },
    resultTypes: ['violations'],
  });
  return results.violations;
}

/** One line per violation and node, readable in a failing test's output. */
export function describeViolations(violations: readonly axe.Result[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help}\n    at ${node.target.join(' ')}\n    ${node.failureSummary?.replaceAll('\n', '\n    ') ?? ''}`,
      ),
    )
    .join('\n');
}

/**
 * Fails the test, listing every violation, unless axe finds none. Checks the whole document by default, so
 * portals and live regions are included.
 *
 * @example
 * render(<ErrorSummary errors={errors} />);
 * await expectNoAxeViolations();
 */
export async function expectNoAxeViolations(context: Element | Document = document): Promise<void> {
  const violations = await axeViolations(context);
  if (violations.length > 0)
    throw new Error(
      `axe found ${violations.length} accessibility violation(s):\n${describeViolations(violations)}`,
    );
}
