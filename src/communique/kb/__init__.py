"""communique.kb"""
