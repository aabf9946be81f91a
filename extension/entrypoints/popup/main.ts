import '../../components/pt-popup';
