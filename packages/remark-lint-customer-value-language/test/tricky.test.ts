/**
 * The tricky categories of issue 3, each pinned in both directions with exact positions:
 * surface cues that point the wrong way must not decide the verdict.
 */
import {describe, expect, it} from 'vitest'
import remarkLintCustomerValueLanguage from 'remark-lint-customer-value-language'
import {lint, messages} from '../../../tests/helpers.js'

const settings = {sellerNames: ['Northwind'], productNames: ['FlowPilot', 'Dispatch']}

/** A call plan whose value section is `lines`; the first line is line 8 of the note. */
function note(...lines: string[]): string {
  return `---\ntype: call-plan\n---\n# Call with Acme\n\n## What's in it for the customer?\n\n${lines.join('\n')}\n`
}

async function check(line: string): Promise<string[]> {
  return messages(await lint(note(line), [[remarkLintCustomerValueLanguage, ['warn']]], {settings}))
}

/** `[category, sentence, expected messages]`: an empty list means "must not flag". */
const cases: Array<[string, string, string[]]> = [
  // "our/we" in the customer's quoted words
  ['quoted-we', 'Their COO said "our churn is killing us" — they leave with a churn model built on their own data.', []],
  ['quoted-we', 'The buyer wrote: "our suppliers never tell us when a truck is late."', []],
  ['quoted-we', 'Their buyer said "we would sign today if the price were right".', ['8:1-8:64: `sign` is our sales goal, not theirs']],
  ['quoted-we', 'Use our tagline "every machine, one truth" in the opener.', ['8:1-8:58: `our tagline` is about what we sell, not what they get']],
  // joint "we" on the customer's problem
  ['joint-we', 'Together we map where the three days of their month-end go.', []],
  ['joint-we', 'We sit with their planners for a day and write down every workaround.', []],
  ['joint-we', 'Together we agree the pilot success criteria so procurement can sign.', ['8:1-8:70: `pilot` and `success criteria` are our sales goals, not theirs']],
  // the seller as subject, the result the customer's
  ['seller-subject-customer-outcome', "We'll help them cut month-end close from 9 to 5 days.", []],
  ['seller-subject-customer-outcome', 'Our analyst maps their dwell times hour by hour so the ops team can take it to the depot.', []],
  ['seller-subject-customer-outcome', "We'll cut their freight cost by putting FlowPilot on every lane.", ['8:1-8:65: `FlowPilot` is about what we sell, not what they get']],
  // the customer as subject, the goal ours
  ['customer-subject-seller-goal', 'They sign the renewal before Q4 ends.', ['8:1-8:38: `sign` and `renewal` are our sales goals, not theirs']],
  ['customer-subject-seller-goal', 'The prospect commits to a 12-month term.', ['8:1-8:41: `commits` is our sales goal, not theirs']],
  ['customer-subject-seller-goal', 'Their CFO will only sign off a second shift if unit cost drops.', []],
  ['customer-subject-seller-goal', 'Their board commits to net zero by 2030 and fleet emissions are the biggest gap.', []],
  // features framed with "you"
  ['you-feature', "You'll love our new dashboard.", ['8:1-8:31: `You\'ll love` and `our new dashboard` are about what we sell, not what they get']],
  ['you-feature', 'You get 24/7 support and unlimited users on the Pro plan.', ['8:1-8:58: `unlimited` and `Pro plan` are about what we sell, not what they get']],
  ['you-feature', "You'll know by 8am which trucks will miss their slot.", []],
  ['you-feature', 'Your planners home by six instead of nine.', []],
  // product names without "our", and ordinary words that are also product names
  ['product-name', 'Position FlowPilot as the only option that works offline.', ['8:1-8:58: `Position` and `FlowPilot` are about what we sell, not what they get']],
  ['product-name', 'Northwind saves them 20% on freight.', ['8:1-8:37: `Northwind` is about what we sell, not what they get']],
  ['product-name', 'Their dispatch desk works from two spreadsheets and a radio.', []],
  ['product-name', 'Weekly dispatch meetings run over by an hour.', []],
  ['product-name', 'get them live on flowpilot routing by June', ['8:1-8:43: `flowpilot` is about what we sell, not what they get']],
  // questions in the value section
  ['leading-question', "Wouldn't it be easier with everything in one place?", ["8:1-8:52: `Wouldn't it` makes this a leading question that steers them to our pitch"]],
  ['leading-question', 'What happens when a truck misses its slot?', []],
  // negation that sets the pitch aside, and negative instructions that keep it
  ['negation', 'Not a demo: they get a benchmark of their scrap rate.', []],
  ['negation', 'No slides: their COO leaves with the three causes of late orders and what each costs.', []],
  ['negation', "Don't forget to demo the reporting module.", ["8:1-8:43: `Don't forget` and `demo` are about what we sell, not what they get"]],
  // seller words about the customer's own business
  ['customer-own-business', 'Their sales team is 30% behind quota and the VP blames lead quality.', []],
  ['customer-own-business', 'Their CEO pitches the new range to investors in March.', []],
  ['customer-own-business', "I'm 30% behind my quota this quarter.", ['8:1-8:38: `my quota` is our sales goal, not theirs']],
  // passive voice hiding whose goal it is
  ['passive-seller-goal', 'A signed order form is obtained.', ['8:1-8:33: `signed` and `order form` are our sales goals, not theirs']],
  ['passive-seller-goal', 'The three-year licence is approved by their board in March.', ['8:1-8:60: `three-year licence` is about what we sell, not what they get']],
  ['passive-seller-goal', 'Their backlog is cleared before the audit.', []],
  // Generalisations added while tuning on extra-train (sentences written for these tests, not from a corpus):
  // second-person features, access to their executive, moving to us, our taglines, negative instructions,
  // people of ours, other owners of a contract, quoted deal steps addressed to us, ordinary product words.
  ['you-feature', "You'll get live dashboards for every site.", ["8:1-8:43: `You'll get live dashboards` sells them a feature, not a result in their terms"]],
  ['you-feature', "You'll get your Friday afternoons back.", []],
  ['customer-subject-seller-goal', "Get their CFO in the room for the ROI review", ["8:1-8:45: `Get their CFO in the room` is our sales goal, not theirs"]],
  ['customer-subject-seller-goal', "Switch all 12 depots over to us by March", ["8:1-8:41: `to us` is our sales goal, not theirs"]],
  ['quoted-we', "Lead with \"Shelves that restock themselves\"", ["8:1-8:44: `Lead with` is about what we show them, not what they get"]],
  ['quoted-we', "Open with their own words: \"our nights are chaos\".", []],
  ['negation', "Never leave without a date for the site visit", ["8:1-8:46: `Never leave without` is our sales goal, not theirs"]],
  ['seller-subject-customer-outcome', "Our field coach shadows their night shift.", []],
  ['customer-own-business', "The Harlow contract expires in June and they are re-tendering.", []],
  ['customer-own-business', "Their contract drivers quit in droves.", []],
  ['quoted-we', "Their director said \"we'd happily put you on the framework if the trial goes well\".", ["8:1-8:84: `the trial` is our sales goal, not theirs"]],
  ['customer-subject-seller-goal', "If this closes by the 30th I hit accelerators.", ["8:1-8:47: `accelerators` is our sales goal, not theirs"]],
  ['product-name', "Their weekly dispatch rota lives in a spreadsheet.", []],
  ['product-name', "Dispatch delays at the north depot cost their team two hours a day.", []],
  // Generalisations added while tuning on round 3 (sentences written for these tests, not from a corpus):
  // names as objects and as doers, compounds, discovery prompts, people by profession, the customer
  // working on their own paperwork, other parties to a deal, quotes and conditions, our sales steps.
  ['product-name', 'Their launch is the moment to sell them FlowPilot.', ['8:1-8:51: `FlowPilot` is about what we sell, not what they get']],
  ['product-name', 'The evening dispatch runs late on Fridays.', []],
  ['product-name', 'Put dispatch on every depot by June.', ['8:1-8:37: `dispatch` is about what we sell, not what they get']],
  ['product-name', 'Dispatch routes every van before 6am.', ['8:1-8:38: `Dispatch` is about what we sell, not what they get']],
  ['product-name', 'dispatch rollout across the northern depots by July', ['8:1-8:52: `dispatch` and `rollout` are about what we sell, not what they get']],
  ['leading-question', 'What would you change first — walk me through the last missed slot?', []],
  ['seller-subject-customer-outcome', 'Walk me through what happened the last time a van missed its slot.', []],
  ['customer-subject-seller-goal', 'Their site lead refers us to the group buyer.', ['8:1-8:46: `refers us` is our sales goal, not theirs']],
  ['customer-subject-seller-goal', 'Their ops director introduces the new rota to the drivers.', []],
  ['customer-own-business', 'Acme — Q2 commit, £60k', ['8:1-8:23: `Q2 commit` is our sales goal, not theirs']],
  ['customer-subject-seller-goal', 'make the preferred-supplier list before the tender closes', ['8:1-8:58: `preferred-supplier` is about what we sell, not what they get']],
  ['quoted-we', 'Their CFO told us "if your numbers hold up, we\'ll switch in April".', ["8:1-8:68: `we'll switch` is our sales goal, not theirs"]],
  ['quoted-we', 'Their COO said "you won\'t believe how much we spend on agency staff".', []],
  ['quoted-we', 'Their biggest client told them: "your quotes arrive after we have already ordered elsewhere".', []],
  ['customer-own-business', 'Their onboarding clock starts the day a member signs with them.', []],
  ['customer-own-business', 'They signed a two-year deal with a new haulier last spring.', []],
  ['customer-subject-seller-goal', 'They sign a two-year deal before the audit.', ['8:1-8:44: `sign` is our sales goal, not theirs']],
  ['customer-own-business', 'Repairs must land inside the 24-hour SLA Hallam guarantees its tenants.', []],
  ['you-feature', 'Offer a 4-hour SLA on the premium tier.', ['8:1-8:40: `4-hour SLA` and `premium tier` are about what we sell, not what they get']],
  ['customer-own-business', 'The council renews the lease on the depot every five years.', []],
  ['customer-subject-seller-goal', 'They renew the licence for three years.', ['8:1-8:40: `renew` and `licence` are our sales goals, not theirs']],
  ['negation', 'No discounts unless they take a second year.', ['8:1-8:45: `discounts` is about what we sell, not what they get']],
  ['negation', 'No discounts, ever: their CFO hates haggling.', []],
  ['passive-seller-goal', 'The two-year term is locked in before the price rise.', ['8:1-8:54: `locked in` is our sales goal, not theirs']],
  ['passive-seller-goal', 'Their fuel price is locked in until March.', []],
  ['passive-seller-goal', 'Budget for the expansion is confirmed before Christmas.', ['8:1-8:56: `expansion` is about what we sell, not what they get']],
  ['passive-seller-goal', 'Their budget for the new warehouse is confirmed.', []],
  ['joint-we', 'Together we list every step of onboarding a new driver and where it stalls.', []],
  ['customer-own-business', 'Their surveyors write every proposal by hand.', []],
  ['customer-own-business', 'Their store managers want to standardise pricing across the region.', []],
  ['customer-subject-seller-goal', 'They want pricing for 200 users.', ['8:1-8:33: `pricing` is about what we sell, not what they get']],
  ['customer-own-business', 'Their new store opening is a good excuse to pitch the premium tier.', ['8:1-8:68: `premium tier` is about what we sell, not what they get']],
  ['seller-subject-customer-outcome', "We'll help their planners see at which stage orders get stuck.", []],
  ['seller-subject-customer-outcome', "We'll help them sign the renewal.", ['8:1-8:34: `sign` and `renewal` are our sales goals, not theirs']],
  ['seller-subject-customer-outcome', 'Our statistician sits with their analysts to check the forecast.', []],
  ['seller-subject-customer-outcome', 'Our scheduler flags late vans before they leave.', ['8:1-8:49: `Our scheduler` is about what we sell, not what they get']],
  ['customer-own-business', 'Their installers say competitors fit the same kit in half the time.', []],
  ['customer-subject-seller-goal', 'Beat the competitors on service.', ['8:1-8:33: `competitors` is our sales goal, not theirs']],
  ['customer-own-business', 'Pricing pressure from their biggest retailer squeezes margins.', []],
  ['customer-own-business', 'Their margin on contract work fell to 4%.', []],
  ['seller-subject-customer-outcome', 'We are ISO 27001 certified.', ['8:1-8:28: `We are ISO 27001 certified` praises us instead of saying what they get']],
  ['customer-own-business', 'They need to be ISO 27001 certified before they can bid.', []],
  ['product-name', 'Used by over 300 hospitals across Europe.', ['8:1-8:42: `Used by over 300` praises us instead of saying what they get']],
  ['product-name', 'Used by their night shift only, the old scanner keeps failing.', []],
  ['customer-subject-seller-goal', 'Secure a second meeting with the IT director.', ['8:1-8:46: `Secure a second meeting` is our sales goal, not theirs']],
  ['customer-subject-seller-goal', 'Secure the loading bay before the inspection.', []],
  ['customer-subject-seller-goal', 'Get the purchase approved before their budget freeze.', ['8:1-8:54: `purchase` is our sales goal, not theirs']],
  ['customer-own-business', 'Their purchase ledger is three weeks behind.', []],
  ['quoted-we', 'Share the deck with the new CFO.', ['8:1-8:33: `deck` is about what we sell, not what they get']],
  ['customer-own-business', 'The deck they showed their board had no numbers on rework.', []],
  ['customer-subject-seller-goal', 'Land the account before the end of the quarter.', ['8:1-8:48: `Land the account` is our sales goal, not theirs']],
  ['customer-own-business', 'Their account managers spend Mondays on reports.', []],
  ['you-feature', 'Upgrade them to the annual subscription.', ['8:1-8:41: `Upgrade` and `annual subscription` are about what we sell, not what they get']],
  ['customer-own-business', 'They upgrade their ERP in the spring.', []],
  ['seller-subject-customer-outcome', 'Recap what they told us last time about the insurer.', []],
  ['seller-subject-customer-outcome', 'Highlight the offline mode.', ['8:1-8:28: `Highlight` is about what we show them, not what they get']],
  ['product-name', 'The dispatch for the north depot is always late on Mondays.', []],
  ['product-name', 'a dispatch rollout for the Leeds depot', ['8:1-8:39: `dispatch` and `rollout` are about what we sell, not what they get']],
  ['customer-subject-seller-goal', "Ask for an intro to the trust's CFO.", ['8:1-8:37: `intro to` is our sales goal, not theirs']],
  ['customer-own-business', 'Their COO gave an intro to the new shift pattern.', []],
  ['customer-own-business', 'Their legal team reviews 300 supplier contracts a year.', []],
  ['customer-subject-seller-goal', 'They review the contract in March.', ['8:1-8:35: `contract` is about what we sell, not what they get']],
  ['quoted-we', 'The bursar said "we would order it this term if the price holds".', ['8:1-8:66: `we would order` is our sales goal, not theirs']],
  ['quoted-we', 'The head teacher said "we\'d buy more laptops if the budget allowed".', []],
  ['seller-subject-customer-outcome', 'We need a decision by the end of the month.', ['8:1-8:44: `We need a decision` is our sales goal, not theirs']],
  ['seller-subject-customer-outcome', 'We need a meeting room for the workshop.', []],
  ['negation', "Never discount more than 15% without the VP's approval.", ['8:1-8:56: `discount` is about what we sell, not what they get']],
  ['customer-own-business', 'Their sales director is under pressure to hit the Q3 number.', []],
  ['passive-seller-goal', 'Budget is released for phase two.', ['8:1-8:34: `Budget` is about what we sell, not what they get']],
  ['negation', 'No demo unless the matron asks for one.', []],
  ['negation', "Without a signed pilot agreement, don't leave.", ['8:1-8:47: `signed` and `pilot agreement` are our sales goals, not theirs']],
  ['negation', "Don't let the call end without a date for the ward walk.", ['8:1-8:57: `end without` is our sales goal, not theirs']],
  ['negation', "Their shift doesn't end without a handover.", []],
  ['you-feature', 'Your nurses get a mobile app with offline mode.', ['8:1-8:48: `nurses get a mobile app` sells them a feature, not a result in their terms']],
  ['you-feature', 'Your nurses get their breaks back.', []],
  ['seller-subject-customer-outcome', 'We have 40 NHS trusts live already.', ['8:1-8:36: `We have 40 NHS trusts live` praises us instead of saying what they get']],
  ['seller-subject-customer-outcome', 'We have an hour with the bed managers on Tuesday.', []],
  ['product-name', 'Their team moves into the Dispatch House offices in May.', []],
  ['product-name', 'Roll out Dispatch Monday morning.', ['8:1-8:34: `Dispatch` is about what we sell, not what they get']],
  ['product-name', 'Dispatch Mobile for every driver by June', ['8:1-8:41: `Dispatch` is about what we sell, not what they get']],
  ['product-name', 'Dispatch’s route engine plans their vans overnight.', ['8:1-8:52: `Dispatch’s` is about what we sell, not what they get']],
  ['product-name', 'Dispatch rosters are built on a whiteboard in the depot.', []],
  ['product-name', 'Dispatch of urgent parts is done by taxi.', []],
  ['product-name', 'Dispatch for all 14 depots by June', ['8:1-8:35: `Dispatch` is about what we sell, not what they get']],
  ['product-name', 'Dispatch tables drive their whole loading plan.', []],
  ['customer-subject-seller-goal', 'Their CFO commits to a 12-month term.', ['8:1-8:38: `commits` is our sales goal, not theirs']],
  ['customer-subject-seller-goal', 'Their CFO renews for three years.', ['8:1-8:34: `renews` is our sales goal, not theirs']],
  ['customer-own-business', 'Their sales team closes 40 deals a quarter.', []],
  ['customer-subject-seller-goal', 'Their COO closes the deal before the board meets.', ['8:1-8:50: `closes` is our sales goal, not theirs']],
  ['customer-own-business', 'The port authority signs new berthing rules in April.', []],
  ['passive-seller-goal', 'The site visit is booked for March.', ['8:1-8:36: `booked` is our sales goal, not theirs']],
  ['passive-seller-goal', 'The board meeting is scheduled for June.', []],
  ['passive-seller-goal', 'If we can show the CFO a 12-month payback, the order goes through before year end.', ['8:1-8:83: `order` is about what we sell, not what they get']],
  ['passive-seller-goal', 'Every order goes through three approvals before it ships.', []],
  ['passive-seller-goal', 'The demo kitchen in their flagship store is booked every weekend.', []],
  ['customer-own-business', 'A pilot scheme for weekend discharges runs until June.', []],
  ['customer-subject-seller-goal', 'Agree the pilot programme for their night shift.', ['8:1-8:49: `pilot` is about what we sell, not what they get']],
  ['negation', 'No overtime unless the shift lead signs it off.', []],
  ['negation', "Don't mention pricing until the head has seen the dashboards.", ['8:1-8:62: `pricing` is about what we sell, not what they get']],
  ['negation', "We don't talk pricing until they have sized the problem.", []],
  ['product-name', 'The Route 9 dispatch leaves late every Monday.', []],
  ['customer-own-business', 'They sign up new drivers on paper forms.', []],
  ['customer-subject-seller-goal', 'We get on the framework before their next tender.', ['8:1-8:50: `get on the framework` is our sales goal, not theirs']],
  ['customer-own-business', "Their firm gets on the bank's legal panel every cycle.", []],
  ['customer-own-business', 'The incumbent TMS vendor raised prices by 12% this year.', []],
  ['customer-subject-seller-goal', 'Beat the incumbent on service.', ['8:1-8:31: `incumbent` is our sales goal, not theirs']],
  ['passive-seller-goal', 'The scope of the pilot is two theatres.', ['8:1-8:40: `pilot` is about what we sell, not what they get']],
  ['customer-subject-seller-goal', 'They sign up for the full licence in September.', ['8:1-8:48: `sign` and `full licence` are our sales goals, not theirs']],
  // Handling the sale: steering, objections, collateral, competitors, hurrying the decision, access, track record.
  ['customer-subject-seller-goal', 'Anchor the conversation on total cost of ownership.', ['8:1-8:52: `Anchor` is about what we show them, not what they get']],
  ['customer-own-business', 'Anchor every number in their own data.', []],
  ['customer-subject-seller-goal', 'Pre-empt the price objection with the ROI numbers.', ['8:1-8:51: `price` and `objection` are about what we sell, not what they get']],
  ['customer-subject-seller-goal', 'Send the security pack and the DPA before the call.', ['8:1-8:52: `pack` is about what we sell, not what they get']],
  ['customer-own-business', 'Their welcome pack for new starters runs to 40 pages.', []],
  ['customer-subject-seller-goal', "Keep them away from the competitor's free trial.", ["8:1-8:49: `competitor's` is our sales goal, not theirs"]],
  ['customer-subject-seller-goal', 'Keep the call to 30 minutes.', []],
  ['customer-own-business', 'Leverage their audit finding to accelerate the decision.', ['8:1-8:57: `accelerate the decision` is our sales goal, not theirs']],
  ['negation', "Walk away if they won't commit to a paid pilot.", ['8:1-8:48: `commit` and `paid pilot` are our sales goals, not theirs']],
  ['customer-subject-seller-goal', 'Expand into their Scottish sites next year.', ['8:1-8:44: `Expand` is our sales goal, not theirs']],
  ['customer-subject-seller-goal', 'Make sure the FD is on the next call.', ['8:1-8:38: `Make sure the FD is on the next call` is our sales goal, not theirs']],
  ['customer-subject-seller-goal', 'Make sure the night shift knows the new cut-off.', []],
  ['seller-subject-customer-outcome', "We've helped 20 councils cut missed bin collections by half.", ["8:1-8:61: `We've helped 20` praises us instead of saying what they get"]],
  ['seller-subject-customer-outcome', "We'll help them cut missed collections by half.", []],
  // In the customer's quote, "your" is ours, a request for our paperwork is our deal; their own customers' quotes are not.
  ['quoted-we', 'The matron wrote "your demo was the first one that made sense".', ['8:1-8:64: `your demo` is about what we sell, not what they get']],
  ['quoted-we', 'Their patients say "your app keeps logging me out".', []],
  ['quoted-we', 'Their COO said "send us a proposal for all three hospitals".', ['8:1-8:61: `send us a proposal` is our sales goal, not theirs']],
  ['quoted-we', 'Their COO said "send us the rota data and we will look at it".', []],
  ['quoted-we', 'Their CFO said "we will only fund it if agency spend drops".', ['8:1-8:61: `we will only fund` is our sales goal, not theirs']],
  ['customer-subject-seller-goal', 'They sign early to lock the price.', ['8:1-8:35: `sign` is our sales goal, not theirs']],
  ['customer-subject-seller-goal', 'Their IT director evaluates three vendors, including us.', ['8:1-8:57: `including us` is our sales goal, not theirs']],
  ['customer-own-business', 'Their deal desk approves every discount over 10%.', []],
  ['customer-subject-seller-goal', 'They approve every discount we offer.', ['8:1-8:38: `discount` is about what we sell, not what they get']],
  ['customer-own-business', 'They lose deals because pricing approvals take days.', []],
  ['seller-subject-customer-outcome', 'Walk them through our pricing approvals.', ['8:1-8:41: `Walk them through` and `our pricing` are about what we sell, not what they get']],
  // Generalisations added while tuning on round 4 (sentences written for these tests, not from a corpus):
  // weak cues that need something of ours to corroborate them, and sales steps in new words.
  ['seller-subject-customer-outcome', 'Our one aim today: learn how their planners build the Monday loads.', []],
  ['seller-subject-customer-outcome', 'Our only platform covers all three depots.', ['8:1-8:43: `Our only platform` is about what we sell, not what they get']],
  ['product-name', 'Their planners keep a spreadsheet they call Dispatch for the weekend loads.', []],
  ['product-name', 'Their ops wiki is called "the Dispatch" by the drivers.', []],
  ['product-name', 'Our module called Dispatch routes every van.', ['8:1-8:45: `Our module` and `Dispatch` are about what we sell, not what they get']],
  ['joint-we', 'Together we trace why tickets bounce between tiers.', []],
  ['joint-we', 'Together we find out when the pilot can start.', ['8:1-8:47: `pilot` is about what we sell, not what they get']],
  ['customer-own-business', 'Cash is tight before the lease renewal in April.', []],
  ['customer-own-business', 'Cash is tight before the annual renewal in April.', ['8:1-8:50: `annual renewal` is about what we sell, not what they get']],
  ['customer-own-business', 'The harbour contract peaks in July and their barges run flat out.', []],
  ['customer-own-business', 'If we win the harbour contract, the other two ports follow.', ['8:1-8:60: `we win` and `contract` are about what we sell, not what they get']],
  ['customer-own-business', 'Their own sales team misses quota when onboarding drags past a month.', []],
  ['customer-own-business', 'Their own sales team is behind, so we pitch the premium tier.', ['8:1-8:62: `pitch` and `premium tier` are about what we sell, not what they get']],
  ['customer-own-business', 'Licence renewals are handled by post.', []],
  ['customer-own-business', 'Walk them through the pricing model.', ['8:1-8:37: `Walk them through` and `pricing` are about what we sell, not what they get']],
  ['customer-subject-seller-goal', 'Get their head of operations onto the next call.', ['8:1-8:49: `Get their head of operations onto the next call` is our sales goal, not theirs']],
  ['customer-subject-seller-goal', 'Get their head of operations onto the new rota.', []],
  ['customer-subject-seller-goal', 'Get the plant director to the site visit.', ['8:1-8:42: `Get the plant director to the site visit` is our sales goal, not theirs']],
  ['seller-subject-customer-outcome', 'I need their CFO in the room for the review.', ['8:1-8:45: `I need their CFO in the room` is our sales goal, not theirs']],
  ['seller-subject-customer-outcome', "I need their CFO's numbers before the review.", []],
  ['customer-subject-seller-goal', "Get onto the council's approved-supplier list.", ["8:1-8:47: `Get onto the council's approved-supplier list` is our sales goal, not theirs"]],
  ['customer-subject-seller-goal', 'Get onto the new shift list early.', []],
  ['customer-subject-seller-goal', 'Leave with a follow-up meeting in the diary.', ['8:1-8:45: `Leave with a follow-up meeting` is our sales goal, not theirs']],
  ['customer-subject-seller-goal', 'They leave with a meeting plan for their Monday stand-up.', []],
  ['customer-subject-seller-goal', 'Their COO tells the other sites how it went with us.', ['8:1-8:53: `with us` is our sales goal, not theirs']],
  ['customer-subject-seller-goal', 'Their COO tells the other sites how it went with the new rota.', []],
  ['customer-subject-seller-goal', 'They mention us to the other trusts.', ['8:1-8:37: `mention us` is our sales goal, not theirs']],
  ['customer-subject-seller-goal', 'They mention the backlog to the other trusts.', []],
  ['customer-subject-seller-goal', 'Make sure their CFO hears the payback figure from us.', ['8:1-8:54: `Make sure their CFO hears` is about what we show them, not what they get']],
  ['customer-subject-seller-goal', 'Make sure their night shift hears about the new cut-off.', []],
  ['customer-subject-seller-goal', 'Make sure the CFO knows their own numbers before the board meets.', []],
  ['passive-seller-goal', 'The rollout to all 12 depots is approved in March.', ['8:1-8:51: `rollout` is about what we sell, not what they get']],
  ['passive-seller-goal', 'The order of the new shifts is approved by the union.', []],
  ['customer-own-business', 'The head of sales presents the new pricing to their distributors in May.', []],
  ['customer-own-business', 'Patients sign consent forms on paper and the forms get lost.', []],
  ['customer-subject-seller-goal', 'Clients sign the renewal in March.', ['8:1-8:35: `sign` and `renewal` are our sales goals, not theirs']],
  ['product-name', 'Dispatch errors cost them two hours a day.', []],
  ['product-name', 'Dispatch alerts save them an hour a day.', ['8:1-8:41: `Dispatch` is about what we sell, not what they get']],
  ['product-name', 'Their team calls the spreadsheet FlowPilot as a joke.', []],
  ['product-name', 'We call the routing engine FlowPilot.', ['8:1-8:38: `FlowPilot` is about what we sell, not what they get']],
  ['customer-own-business', 'The service contract with their current vendor ends in May.', []],
  ['customer-own-business', 'They need the maintenance contract in place before go-live.', ['8:1-8:60: `contract` is about what we sell, not what they get']],
  ['customer-own-business', 'The new module of their training programme launches in May.', []],
  ['customer-subject-seller-goal', 'Send the new module of their rollout plan.', ['8:1-8:43: `new module` is about what we sell, not what they get']],
  ['customer-own-business', 'Their own sales team is behind quota, so the pilot must start in May.', ['8:1-8:70: `pilot` is about what we sell, not what they get']],
  // Round 5: weak cues need corroboration (names they give, their customers' stages, their own
  // contracts and tiers, verbs after a subject), and sales steps in new words.
  ['product-name', "Their crews call the shift boards Dispatch and FlowPilot.", []],
  ['product-name', "The school names its houses Dispatch, Harbour and Keel.", []],
  ['product-name', "Name Dispatch in the opener.", ["8:1-8:29: `Dispatch` is about what we sell, not what they get"]],
  ['product-name', "northwind dispatch app for every depot", ["8:1-8:39: `northwind dispatch` is about what we sell, not what they get"]],
  ['customer-own-business', "Not a pitch: map how a trial user becomes a paying one.", []],
  ['customer-own-business', "Convert the trial users to paid seats.", ["8:1-8:39: `trial` is about what we sell, not what they get"]],
  ['negation', "Don't give them the price until the managing partner is on the call.", ["8:1-8:69: `until the managing partner is on the call` is our sales goal, not theirs"]],
  ['customer-subject-seller-goal', "They won't decide until the CFO is in the room.", []],
  ['passive-seller-goal', "Understand their approval steps so the paperwork doesn't slip into January.", ["8:1-8:76: `paperwork doesn't slip` is our sales goal, not theirs"]],
  ['passive-seller-goal', "Their approvals are slow, so the paperwork slips into next month.", []],
  ['customer-own-business', "Renewal risk on our side: usage is down since February.", ["8:1-8:56: `Renewal` is about what we sell, not what they get"]],
  ['customer-own-business', "Renewal risk is highest in the northern branches.", []],
  ['customer-own-business', "Their churn in the SMB tier doubled after the price rise.", []],
  ['customer-own-business', "Put them in the top tier.", ["8:1-8:26: `tier` is about what we sell, not what they get"]],
  ['leading-question', "What happens in the first 30 days after a new customer signs with you?", []],
  ['customer-subject-seller-goal', "They sign with us in March.", ["8:1-8:28: `with us` is our sales goal, not theirs"]],
  ['customer-own-business', "On-time delivery dropped to 91% and the contract floor is 95%.", []],
  ['customer-own-business', "Offer a contract minimum of three years.", ["8:1-8:41: `contract` is about what we sell, not what they get"]],
  ['you-feature', "You'd release batches the same day they come off the reactor.", []],
  ['you-feature', "You'll get a release every month.", ["8:1-8:34: `You'll get a release` sells them a feature, not a result in their terms"]],
  ['customer-own-business', "Their mosaic of season-ticket discounts confuses the box office.", []],
  ['customer-own-business', "Their review of our discounts is due in May.", ["8:1-8:45: `our discounts` is about what we sell, not what they get"]],
  ['negation', "Don't let them off the call without a date for the security review.", ["8:1-8:68: `without a date` is our sales goal, not theirs"]],
  ['negation', "Their CFO won't let a project start without a business case.", []],
  ['customer-subject-seller-goal', "Request a ref call with a similar plant for their QA director.", ["8:1-8:63: `ref call` is about what we sell, not what they get"]],
  ['customer-subject-seller-goal', "The ref wrote up both teams after the match.", []],
  ['customer-subject-seller-goal', "Secure a 2nd mtg with the managing partner.", ["8:1-8:44: `Secure a 2nd mtg` is our sales goal, not theirs"]],
  ['customer-subject-seller-goal', "Their weekly mtg overruns every time.", []],
  ['customer-subject-seller-goal', "Get the MD to intro us to their group CFO.", ["8:1-8:43: `intro us` is our sales goal, not theirs"]],
  ['customer-subject-seller-goal', "Get the MD to intro their planners to the union rep.", []]
]

/** Names as sellers write them: with an ampersand, without the corporate suffix or the company prefix, misspelt. */
const nameCases: Array<[string, string[]]> = [
  ['Bly & Carter brings 20 years of fleet experience.', ['8:1-8:50: `Bly & Carter` is about what we sell, not what they get']],
  ["Quote Northwind's tagline in the opener.", ["8:1-8:41: `Quote` and `Northwind's` are about what we sell, not what they get"]],
  ['Lookout cuts their dwell time at the gate.', ['8:1-8:43: `Lookout` is about what we sell, not what they get']],
  ['Their lookout team hands over at six.', []],
  ['Chairamn replaces the paper minutes at every board.', ['8:1-8:52: `Chairamn` is about what we sell, not what they get']],
  ['Chairmen of the trusts keep paper minutes.', []],
  ['FlowPliot routes every van overnight.', ['8:1-8:38: `FlowPliot` is about what we sell, not what they get']],
  // A short form is a name only when written as one: capitalised, and not just because it opens the sentence.
  ['Northwind is ISO 27001 certified.', ['8:1-8:34: `Northwind` is about what we sell, not what they get']],
  ['Their northwind depot floods every winter.', []],
  ['Lookout handover notes get lost between shifts.', []],
  ['Lookout demo for the depot managers', ['8:1-8:36: `Lookout` and `demo` are about what we sell, not what they get']],
  // A name of several ordinary words, all in lower case, is the ordinary thing unless it is joined to ours.
  ['Site leads keep day book notes in a group chat.', []],
  ['Roll out day book + FlowPilot to every site.', ['8:1-8:45: `day book + FlowPilot` is about what we sell, not what they get']],
  ['Put day book on every dispatcher\'s phone.', ['8:1-8:42: `day book` is about what we sell, not what they get']],
  // A name opening the sentence with a verb and a bare object after it is the doer; in lower case, a compound.
  ['Lookout flags late vans two hours earlier than their planners do.', ['8:1-8:66: `Lookout` is about what we sell, not what they get']],
  ['Weekly lookout logs say their drivers wait an hour at the gate.', []]
]
const nameSettings = {sellerNames: ['Bly & Carter', 'Northwind Labs'], productNames: ['Northwind Lookout', 'Chairman', 'FlowPilot', 'Day Book']}

describe('customer-value-language: names as sellers write them', () => {
  it.each(nameCases)('%s', async (line, expected) => {
    const file = await lint(note(line), [[remarkLintCustomerValueLanguage, ['warn']]], {settings: nameSettings})
    expect(messages(file)).toEqual(expected)
  })

  it('drops every corporate suffix from a company name', async () => {
    const settings = {sellerNames: ['Northwind Logistics Software']}
    const file = await lint(note("Northwind's implementation team migrates their carrier data in a week."), [[remarkLintCustomerValueLanguage, ['warn']]], {settings})
    expect(messages(file)).toEqual(["8:1-8:71: `Northwind's` is about what we sell, not what they get"])
  })

  it('reads a company name that is an ordinary word like a product name', async () => {
    const settings = {sellerNames: ['Summit']}
    const check = async (line: string) => messages(await lint(note(line), [[remarkLintCustomerValueLanguage, ['warn']]], {settings}))
    expect(await check('Their summit with suppliers is in May.')).toEqual([])
    expect(await check('Summit cuts their forecasting time in half.')).toEqual(['8:1-8:44: `Summit` is about what we sell, not what they get'])
    expect(await check("Use summit's case study with the CFO.")).toEqual(["8:1-8:38: `summit's` and `case study` are about what we sell, not what they get"])
  })
})

describe('customer-value-language: tricky categories', () => {
  it.each(cases)('%s: %s', async (_category, line, expected) => {
    expect(await check(line)).toEqual(expected)
  })

  it('covers every tricky category of issue 3 in both directions', () => {
    const categories = new Set(cases.map(([category]) => category))
    for (const category of categories) {
      const ofCategory = cases.filter(([one]) => one === category)
      expect(ofCategory.some(([, , expected]) => expected.length > 0), `${category} flags something`).toBe(true)
      expect(ofCategory.some(([, , expected]) => expected.length === 0), `${category} accepts something`).toBe(true)
    }
    expect(categories.size).toBe(10)
  })
})
