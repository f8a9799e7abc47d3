"""The partnership place: agencies, people and the vocabularies users extend."""
