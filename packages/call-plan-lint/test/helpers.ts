import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'

/** A temporary folder holding the given files (`{'a/b.md': 'text'}`); call `remove()` when done. */
export async function fixture(files: Record<string, string>): Promise<{root: string; remove: () => Promise<void>}> {
  const root = await mkdtemp(path.join(tmpdir(), 'call-plan-lint-'))
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name)
    await mkdir(path.dirname(file), {recursive: true})
    await writeFile(file, content)
  }
  return {root, remove: () => rm(root, {recursive: true, force: true})}
}

/** A call plan without a customer-value section: `customer-value-section` always flags it. */
export const planWithoutValue = `---
type: call-plan
account: Initech
date: 2020-03-02
---

## Agenda

- Renewal timeline

## Next steps

Send the proposal.
`

/** A call plan that says what is in it for the customer. */
export const goodPlan = `---
type: call-plan
account: Globex
date: 2020-03-03
---

# What's in it for the customer?

Globex's finance team wants to cut month-end close from nine days to five before their audit in March, because late closes delay their board reporting and cost them overtime every month.

# What they are trying to achieve

Close the books in five days.

# What stands in their way

Manual reconciliations across three spreadsheets.

# Why now

Their audit starts in March.

# Questions

How does the close run today, from the first export to the sign-off?
`

export const plainNote = '# Shopping list\n\nMilk, eggs.\n'
