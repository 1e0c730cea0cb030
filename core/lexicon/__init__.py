"""The lexicon: what the engine knows of English words, with no document in sight.

`thesaurus` answers whether two words or phrases are dictionary synonyms (WordNet, shipped
in ``resources/`` as a `thesaurus_file`, read a block at a time); `word_forms` folds words, and knows number words, contractions,
inflections and aliases ("United States" → "USA").
"""
