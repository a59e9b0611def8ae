"""Replays review histories with the `fsrs` package (no fuzzing) for FSRSTests.

stdin: a JSON list of histories, each a list of [unix_seconds, rating]; stdout: for each
history, the card after each review as [due, stability, difficulty, state, step].
With --no-steps, without learning and relearning steps (the tutor's FSRS.forSessions).
"""
import json
import sys
from datetime import datetime, timezone

from fsrs import Card, Rating, Scheduler

if "--no-steps" in sys.argv:
    scheduler = Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)
else:
    scheduler = Scheduler(enable_fuzzing=False)
start = datetime(2026, 1, 1, tzinfo=timezone.utc)
out = []
for history in json.load(sys.stdin):
    card = Card(card_id=1, due=start)
    cards = []
    for seconds, rating in history:
        when = datetime.fromtimestamp(seconds, tz=timezone.utc)
        card, _ = scheduler.review_card(card, Rating(rating), review_datetime=when)
        cards.append([card.due.timestamp(), card.stability, card.difficulty, int(card.state), card.step])
    out.append(cards)
json.dump(out, sys.stdout)
